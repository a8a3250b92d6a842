using System.Collections.Immutable;
using Hive.Cluster.Tests.Reports;
using Hive.Core.Strategies;
using Microsoft.Playwright;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests.Dashboard;

/// <summary>The dashboard in headless Chromium against a node running the paper demo: every page loads clean and offline,
/// the charts draw, the blotter moves by itself, the strategy form starts (and refuses) strategies as the catalog says,
/// and engaging a kill switch asks first. Screenshots of each page land in <see cref="DashboardFixture.ScreenshotFolder"/>.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardBrowserSpecs(DashboardFixture node) : IClassFixture<DashboardFixture>
{
    private static readonly string[] Pages = ["overview", "accounts", "orders", "instruments", "strategies", "risk", "algos"];

    private readonly TradingApi _api = new(node);

    private async Task<(IPage Page, List<string> Problems)> OpenAsync(string hash)
    {
        var problems = new List<string>();
        var page = await node.OpenAsync(hash, problems, []);
        await DashboardFixture.LoadedAsync(page, problems);
        return (page, problems);
    }

    [Fact]
    public async Task The_page_asks_for_a_key_refuses_a_wrong_one_and_shows_the_cluster_once_signed_in()
    {
        var page = await node.NewPageAsync();
        await page.GotoAsync(node.BaseUrl + "#overview");
        await DashboardFixture.SignInAsync(page, "hive_wrong_key");
        await page.WaitForSelectorAsync("#token-problem:has-text('not accepted')");
        Assert.True(await page.IsVisibleAsync("#token-dialog[open]"));

        await page.FillAsync("#token-input", node.Token);
        await page.ClickAsync("#token-ok");
        await page.WaitForSelectorAsync("#token-dialog[open]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        await DashboardFixture.LoadedAsync(page, []);
    }

    [Fact]
    public async Task Every_page_loads_without_a_console_error_and_asks_nothing_of_any_other_machine()
    {
        var problems = new List<string>();
        var requests = new List<string>();
        var page = await node.OpenAsync("#overview", problems, requests);
        foreach (var name in Pages)
        {
            await page.EvaluateAsync($"() => {{ location.hash = '#{name}'; }}");
            await DashboardFixture.LoadedAsync(page, problems);
            Assert.Equal(name, await page.EvaluateAsync<string>("() => document.querySelector('.page.active').id.replace('page-', '')"));
            await DashboardFixture.ScreenshotAsync(page, name);
        }

        Assert.Empty(problems);
        // The page goes on asking (the overview refreshes) while this checks, so the list is copied first.
        var seen = requests.ToArray();
        Assert.All(seen, url => Assert.StartsWith(node.BaseUrl, url));
        Assert.Contains(seen, url => url.EndsWith($"/dashboard/{Cluster.Dashboard.DashboardAssets.Version}/lightweight-charts.mjs", StringComparison.Ordinal));
        Assert.Contains("replaying", await page.InnerTextAsync("#paper-status"));
    }

    [Fact]
    public async Task The_overview_page_reads_api_overview_and_none_of_the_six_endpoints_it_replaces()
    {
        var problems = new List<string>();
        var requests = new List<string>();
        var page = await node.OpenAsync("#overview", problems, requests);
        await DashboardFixture.LoadedAsync(page, problems);
        var (_, members) = await node.GetAsync("api/cluster/members");
        Assert.Equal(members.GetProperty("self").GetString(), await page.InnerTextAsync("#node"));

        // Read off what the page asked for (the module's comments name endpoints too). The other pages keep some lists current
        // in the background (the strategies list on each strategy event), so only the overview's own endpoints are checked.
        string[] replaced = ["health/ready", "api/cluster/members", "api/cluster/shards", "api/counters", "api/data/status", "api/paper"];
        var paths = requests.ToArray().Select(url => new Uri(url).AbsolutePath.TrimStart('/')).ToArray();
        Assert.Contains("api/overview", paths);
        Assert.Empty(paths.Intersect(replaced));
        Assert.Empty(problems);
    }

    private sealed record Fetched
    {
        public string Path { get; init; } = "";
        public long TransferSize { get; init; }
    }

    [Fact]
    public async Task A_signed_in_visit_takes_its_files_from_the_cache_and_asks_its_first_data_once_without_asking_who_is_signed_in()
    {
        await using var browser = await node.NewContextAsync();
        var signIn = await browser.NewPageAsync();
        await signIn.GotoAsync(node.BaseUrl + "#overview");
        await DashboardFixture.SignInAsync(signIn, node.Token);
        await DashboardFixture.LoadedAsync(signIn, []);
        await signIn.CloseAsync();

        foreach (var (hash, first) in new[] { ("#overview", "/api/overview"), ("#orders", "/api/orders") })
        {
            var problems = new List<string>();
            var page = await browser.NewPageAsync();
            page.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Add($"console {message.Type}: {message.Text}"); };
            await page.GotoAsync(node.BaseUrl + hash);
            await DashboardFixture.LoadedAsync(page, problems);
            // What the page fetched, as its own resource timing saw it: a file taken from the cache moved no bytes.
            var fetched = await page.EvaluateAsync<Fetched[]>(
                "() => performance.getEntriesByType('resource').map(e => ({ path: new URL(e.name).pathname, transferSize: e.transferSize }))");

            Assert.False(await page.IsVisibleAsync("#token-dialog[open]"), $"{hash}: a signed-in visit asked for a key");
            Assert.Contains(fetched, f => f.Path == $"/dashboard/{Cluster.Dashboard.DashboardAssets.Version}/app.js");
            Assert.All(fetched.Where(f => f.Path.StartsWith("/dashboard/", StringComparison.Ordinal)), f => Assert.Equal(0, f.TransferSize));
            Assert.DoesNotContain(fetched, f => f.Path == "/api/session");
            // Asked by the page's first script while the modules loaded, and taken by the page's module instead of asked again.
            Assert.Single(fetched, f => f.Path == first);
            Assert.Null(await page.EvaluateAsync<object?>("() => window.hiveFirst"));
            Assert.Empty(problems);
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task The_instrument_chart_draws_candles_with_the_demo_fills_marked_and_the_account_its_equity_curve()
    {
        var (page, problems) = await OpenAsync("#instruments");
        await page.WaitForFunctionAsync("() => Number(document.querySelector('#candles')?.dataset.bars) > 0", null, new() { Timeout = 20_000 });
        await page.ClickAsync("#inst-list tr[data-key='SIM:SPX']");
        await page.WaitForFunctionAsync("() => document.querySelector('#candles')?.dataset.instrument === 'SIM:SPX' && Number(document.querySelector('#candles').dataset.markers) > 0",
            null, new() { Timeout = 20_000 });
        var candles = PngPixels.Decode(await page.Locator("#candles").ScreenshotAsync());
        Assert.True(candles.DistinctColours() > 20, $"the candle chart has {candles.DistinctColours()} colours");

        await page.EvaluateAsync("() => { location.hash = '#accounts'; }");
        await page.WaitForFunctionAsync("() => Number(document.querySelector('#equity-demo')?.dataset.points) > 0", null, new() { Timeout = 20_000 });
        await DashboardFixture.ScreenshotAsync(page, "accounts-with-equity-curve");
        // The card redraws with each of the demo's fills, so the chart's canvases are read in the page, in one go, until drawn.
        await page.WaitForFunctionAsync("""
            () => {
              const colours = new Set();
              for (const canvas of document.querySelectorAll('#equity-demo canvas')) {
                if (!canvas.width || !canvas.height) continue;
                const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                for (let i = 0; i < data.length; i += 16) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
              }
              return colours.size > 20;
            }
            """, null, new() { Timeout = 20_000 });
        // Reading canvases back is this check's doing (Chromium warns about it), not the page's.
        Assert.Empty(problems.Where(p => !p.Contains("Canvas2D: Multiple readback", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_order_submitted_through_the_API_appears_in_the_blotter_within_2_s_without_a_reload()
    {
        var (page, problems) = await OpenAsync("#orders");
        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        await _api.OpenFundedAsync("BROWSER-1", 1_000_000m);

        Accepted(await _api.SubmitAsync("browser-order-1", "BROWSER-1", "buy", 1m, referencePrice: 10_000m));

        await page.WaitForSelectorAsync("#blotter tr[data-key='browser-order-1']", new() { Timeout = 2_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "the page reloaded");
        // The demo's own orders keep arriving at the top of the live blotter, so a click can land on the row that has just moved
        // under the pointer; a person would click again, and so does this check.
        for (var attempt = 1; ; attempt++)
        {
            await page.ClickAsync("#blotter tr[data-key='browser-order-1']");
            try
            {
                await page.WaitForSelectorAsync("#lifecycle-of[data-order='browser-order-1']", new() { Timeout = 3_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 5)
            {
                // clicked a row that moved in; the lifecycle panel shows that order (or the error) instead
            }
        }
        Assert.Contains("Submitted", await page.InnerTextAsync("#lifecycle"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_strategy_form_refuses_a_bad_parameter_with_the_catalogs_message_and_starts_a_good_one()
    {
        var (page, problems) = await OpenAsync("#strategies");
        await page.SelectOptionAsync("#start-kind", "sma-cross");
        await page.FillAsync("#start-form input[name='strategyId']", "browser-sma");
        await page.FillAsync("#start-form input[data-param='instrument']", "SIM:SPX");
        await page.FillAsync("#start-form input[data-param='fast']", "40");
        await page.ClickAsync("#start-form button[type='submit']");

        var refusal = StrategyCatalog.Check("sma-cross", ImmutableDictionary<string, string>.Empty.Add("instrument", "SIM:SPX").Add("fast", "40"))!;
        await page.WaitForSelectorAsync("#start-message .error");
        Assert.Equal($"{refusal.Message} ({StrategyCatalog.InvalidParameters})", await page.InnerTextAsync("#start-message .error"));

        await page.FillAsync("#start-form input[data-param='fast']", "5");
        await page.ClickAsync("#start-form button[type='submit']");
        await page.WaitForSelectorAsync("#start-message .note");
        await page.WaitForSelectorAsync("#strat-list tr[data-key='browser-sma'] button.stop", new() { Timeout = 10_000 });
        Assert.Equal("running", (await page.InnerTextAsync("#strat-list tr[data-key='browser-sma'] td:nth-child(4)")).Trim());
        // The refused start is the one request that answered an error; the browser logs it as such.
        Assert.All(problems, p => Assert.Contains("422", p));
    }

    [Fact]
    public async Task Engaging_a_kill_switch_asks_for_confirmation_and_does_nothing_when_cancelled()
    {
        var (page, problems) = await OpenAsync("#risk");
        await page.SelectOptionAsync("#kill-scope", "account");
        await page.FillAsync("#kill-target", "KILL-BROWSER");
        await page.ClickAsync("#kill-engage");

        await page.WaitForSelectorAsync("#confirm-dialog[open]");
        Assert.Contains("KILL-BROWSER", await page.InnerTextAsync("#confirm-text"));
        await DashboardFixture.ScreenshotAsync(page, "risk-kill-confirmation");
        await page.ClickAsync("#confirm-dialog button[value='cancel']");
        await page.WaitForSelectorAsync("#kill-message .muted");
        var (_, kills) = await node.GetAsync("api/risk/kill-switches");
        Assert.DoesNotContain("KILL-BROWSER", kills.ToString());
        Assert.Empty(problems);
    }
}
