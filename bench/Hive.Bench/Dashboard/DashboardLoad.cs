using Hive.Actors.ReadModel;
using Hive.Bench.Cluster;
using Hive.Cluster.Node;
using Hive.Actors.Hosting;
using Hive.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Hive.Bench.Dashboard;

/// <summary>
/// `dashboard [paint|fanout|all] [--orders N] [--clients N] [--runs N] [--rounds N] [--journal-dir DIR] [--every-run]`.
/// paint: a node on a journal of N orders (1,000,000 by default, written as `cluster reads` writes them), the read side caught
/// up (with --journal-dir, the journal is written there once and kept, and a later run on the same directory starts from it, so
/// two builds can be timed back to back on the same journal; --every-run prints each run's requests, not only the last run's), then headless Chromium opens the overview and the blotter on a fresh page each run: time from navigation to the panels
/// holding their data (performance.now(), first runs untimed: a warm node). fanout: the `cluster orders` bench without and with N
/// pages (50) reading the event stream, each --rounds times (2), and the ratio of the two sides' means. The pages are HTTP
/// clients reading <c>GET /api/events</c> as an EventSource does, not Chromium: the node's cost of a page is its stream (one
/// buffer, one writer, the bytes), and fifty browsers on the bench's two cores would measure the browsers instead.
/// </summary>
public static class DashboardLoad
{
    private const string Chromium = "/usr/bin/chromium";
    private const string OverviewReady = "() => { const p = document.querySelector('#page-overview'); return p && p.querySelector('.panel') && !p.querySelector('.loading'); }";
    private const string BlotterReady = "() => document.querySelectorAll('#blotter tbody tr').length > 0";
    private const string Painted = "painted at ";
    // Where a paint's time goes: when the page itself and its modules had all arrived (and how many came from the browser's
    // cache without a request), the page's tasks that held its main thread 50 ms or more, its first paint, then each API
    // request's start and end after navigation.
    private const string WhereItWent = "() => { const all = performance.getEntriesByType('resource'); const path = e => new URL(e.name).pathname;" +
                                       " const modules = all.filter(e => path(e).startsWith('/dashboard/'));" +
                                       " const page = performance.getEntriesByType('navigation')[0];" +
                                       " const first = performance.getEntriesByType('paint').find(p => p.name === 'first-paint');" +
                                       " return `page by ${page.responseEnd.toFixed(0)} ms, ${modules.length} files by ${Math.max(...modules.map(e => e.responseEnd)).toFixed(0)} ms` +" +
                                       " ` (${modules.filter(e => e.transferSize === 0).length} from the cache), long tasks [${window.benchLongTasks.map(t => `${t.startTime.toFixed(0)}+${t.duration.toFixed(0)}`).join(' ')}],` +" +
                                       " ` first paint ${first ? first.startTime.toFixed(0) : '—'}; ` +" +
                                       " all.filter(e => !path(e).startsWith('/dashboard/')).map(e => `${path(e)} ${e.startTime.toFixed(0)}→${e.responseEnd.toFixed(0)}`).join(', '); }";

    /// <summary>Run in the page before its own scripts: every animation frame checks <paramref name="ready"/>, and the first
    /// frame it holds logs the time (performance.now(), from navigation). Noted by the page itself, the figure has no round trip
    /// through the browser's protocol in it, and waiting for the console message puts nothing in the page while it paints
    /// (polling it from here would load Playwright's own script into it). Long tasks are kept for <see cref="WhereItWent"/>.</summary>
    private static string NotePaint(string ready) =>
        "window.benchLongTasks = []; new PerformanceObserver(l => window.benchLongTasks.push(...l.getEntries())).observe({ type: 'longtask' });" +
        $" (function check() {{ if (({ready})()) console.log('{Painted}' + performance.now()); else requestAnimationFrame(check); }})();";

    public static async Task<int> RunAsync(string[] args)
    {
        var what = args.FirstOrDefault() ?? "all";
        var dir = Directory.CreateTempSubdirectory("hive-bench-dashboard-").FullName;
        try
        {
            if (what is "paint" or "all")
                await PaintAsync(ClusterLoadGenerator.ArgText(args, "--journal-dir") ?? dir, ClusterLoadGenerator.Arg(args, "--orders", 1_000_000),
                    ClusterLoadGenerator.Arg(args, "--runs", 20), everyRun: args.Contains("--every-run"));
            if (what is "fanout" or "all")
                await FanOutAsync(dir, ClusterLoadGenerator.Arg(args, "--orders", 40_000), ClusterLoadGenerator.Arg(args, "--clients", 50),
                    ClusterLoadGenerator.Arg(args, "--rounds", 2));
            return 0;
        }
        finally
        {
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }

    private static async Task PaintAsync(string dir, int orders, int runs, bool everyRun)
    {
        Directory.CreateDirectory(dir);
        var journal = Path.Combine(dir, "hive.db");
        var settings = TestNode.SqliteSettings(journal);
        // A kept journal holds the orders written before (three events each); the projection's offsets say when it is caught up.
        var written = File.Exists(journal) ? orders * 3L : await ReadSideLoad.WriteJournalAsync(settings, orders);
        var options = new NodeOptions { DataDir = dir, Port = FreePort.Next(), HttpPort = FreePort.Next(), AdminToken = "bench", ImportSamples = false, Paper = false };
        var app = NodeHost.Build(options, NodeSettingsFactory.Create(options), logging: l => l.SetMinimumLevel(LogLevel.Warning));
        await app.StartAsync();
        try
        {
            await ReadSideLoad.CaughtUpAsync(new ReadModelQueries(ReadModelDialect.For(settings)), written);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
            var url = $"http://127.0.0.1:{options.HttpPort}/";
            // Signed in once, as a person would be: the session cookie lives in the context, so each timed page is a warm visit.
            await using var context = await browser.NewContextAsync();
            var signIn = await context.APIRequest.PostAsync(url + "api/session", new APIRequestContextOptions { DataObject = new { key = options.AdminToken } });
            if (!signIn.Ok) throw new InvalidOperationException($"signing the bench's browser in failed: {signIn.Status}");
            foreach (var (what, hash, ready) in new[] { ("overview", "", OverviewReady), ("blotter, first page", "#orders", BlotterReady) })
            {
                var times = new List<double>();
                for (var run = -3; run < runs; run++)
                {
                    var page = await context.NewPageAsync();
                    await page.AddInitScriptAsync(NotePaint(ready));
                    var noted = page.WaitForConsoleMessageAsync(new PageWaitForConsoleMessageOptions
                        { Predicate = m => m.Text.StartsWith(Painted, StringComparison.Ordinal), Timeout = 60_000 });
                    await page.GotoAsync(url + hash);
                    var painted = double.Parse((await noted).Text[Painted.Length..], System.Globalization.CultureInfo.InvariantCulture);
                    if (run >= 0) times.Add(painted);
                    if (run == runs - 1 || (everyRun && run >= 0))
                        Console.WriteLine($"dashboard paint, {what}, {(run == runs - 1 ? "the last run" : $"run {run + 1}")} painted at {painted:0} ms, its requests (ms after navigation): " +
                                          await page.EvaluateAsync<string>(WhereItWent));
                    await page.CloseAsync();
                }
                times.Sort();
                Console.WriteLine($"dashboard paint, {orders:N0} orders in the journal: {what} has its data {times[times.Count / 2]:0} ms after navigation (p50 of {runs}), " +
                                  $"best {times[0]:0} ms, worst {times[^1]:0} ms (target < 300 ms)");
            }
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>The order path alone and with the pages, in ABBA order over the rounds (alone, watched, watched, alone, ...) so
    /// neither side always runs on the warmer process; the figure is the ratio of the two sides' means.</summary>
    private static async Task FanOutAsync(string dir, int orders, int clients, int rounds)
    {
        const string journal = "sqlite";
        var alone = new List<double>();
        var watched = new List<double>();
        for (var round = 0; round < rounds; round++)
            foreach (var withPages in round % 2 == 0 ? new[] { false, true } : [true, false])
            {
                if (withPages) watched.Add(await OrderFlowLoad.OrdersAsync(dir, journal, orders, concurrency: 256, node => ConnectedPages.StartAsync(node.System, clients)));
                else alone.Add(await OrderFlowLoad.OrdersAsync(dir, journal, orders, concurrency: 256));
            }
        Console.WriteLine($"dashboard fan-out: the order path persisted {string.Join(", ", alone.Select(a => a.ToString("N0")))} events/s with no page connected, " +
                          $"{string.Join(", ", watched.Select(w => w.ToString("N0")))} with {clients} pages reading the event stream: " +
                          $"{(watched.Average() / alone.Average() - 1):+0.0%;-0.0%} (means of {rounds}; target within 5%)");
    }
}
