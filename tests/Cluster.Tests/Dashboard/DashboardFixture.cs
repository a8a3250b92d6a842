using Hive.Cluster.Node;
using Hive.Cluster.Tests.Reports;
using Microsoft.Playwright;

namespace Hive.Cluster.Tests.Dashboard;

/// <summary>A node running the paper demo (sample data replayed quickly) and a headless Chromium to open its dashboard in.
/// Starts once the demo has filled orders on both instruments, so every page has something to show.</summary>
public sealed class DashboardFixture : NodeFixture
{
    private readonly ChromiumFixture _chromium = new();

    /// <summary>Screenshots of each page for people to look at: the test output folder's <c>dashboard-screenshots</c>.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "dashboard-screenshots");

    public string BaseUrl => $"http://{HttpAddress}/";

    protected override void Configure(NodeOptions options)
    {
        options.ImportSamples = true;
        options.ReplaySpeed = 50;
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await _chromium.InitializeAsync();
        Directory.CreateDirectory(ScreenshotFolder);
        var deadline = DateTime.UtcNow.AddSeconds(120);
        foreach (var instrument in new[] { "SIM:SPX", "SIMX:BTC-USDT" })
            while ((await GetAsync($"api/fills?instrument={instrument}&limit=1")).Body.GetProperty("count").GetInt32() == 0)
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"the demo filled no order on {instrument} within 120 s");
                await Task.Delay(500);
            }
    }

    /// <summary>A fresh page on the dashboard: console errors and warnings and page errors go to <paramref name="problems"/>,
    /// every URL asked for to <paramref name="requests"/>; a request for anything but this node is refused.</summary>
    public async Task<IPage> OpenAsync(string hash, List<string> problems, List<string> requests)
    {
        var page = await NewPageAsync();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Add($"console {message.Type}: {message.Text}"); };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        await page.RouteAsync("**/*", async route =>
        {
            requests.Add(route.Request.Url);
            if (route.Request.Url.StartsWith(BaseUrl, StringComparison.Ordinal)) await route.ContinueAsync();
            else await route.AbortAsync();
        });
        await page.GotoAsync(BaseUrl + hash);
        await SignInAsync(page, Token);
        return page;
    }

    public Task<IPage> NewPageAsync() =>
        _chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });

    /// <summary>A browser profile of its own: its pages share their cookies and HTTP cache, as one person's tabs do.</summary>
    public Task<IBrowserContext> NewContextAsync() =>
        _chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });

    /// <summary>Answers the page's sign-in dialog, which it opens as soon as the node refuses it for want of a key.</summary>
    public static async Task SignInAsync(IPage page, string key)
    {
        await page.WaitForSelectorAsync("#token-dialog[open]");
        await page.FillAsync("#token-input", key);
        await page.ClickAsync("#token-ok");
    }

    /// <summary>Waits until every panel of the shown page has its data (none says "loading…" any more); when one never does,
    /// fails naming the page's problems and what it shows.</summary>
    public static async Task LoadedAsync(IPage page, List<string> problems)
    {
        try
        {
            await page.WaitForFunctionAsync("() => { const p = document.querySelector('.page.active'); return p && p.querySelector('.panel') && !p.querySelector('.loading'); }",
                null, new PageWaitForFunctionOptions { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{page.Url} did not finish loading; problems: {string.Join("; ", problems)}; shows: {await page.InnerTextAsync("main")}");
        }
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public override async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await base.DisposeAsync();
    }
}
