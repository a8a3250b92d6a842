using Microsoft.Playwright;

namespace Hive.Cluster.Tests.Reports;

/// <summary>
/// One headless Chromium for the report's browser specs, driven by Playwright. The system's chromium (which ./test.sh
/// installs) is used, since Playwright's own browser download needs the internet.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: run ./test.sh (it installs the Debian package chromium) or apt-get install chromium");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true });
    }

    /// <summary>Opens a report file with the network cut: console errors and warnings and page errors go to
    /// <paramref name="problems"/>, every URL the page asks for to <paramref name="requests"/>; anything but a file is refused,
    /// so a report that is not self-contained shows.</summary>
    public async Task<IPage> OpenOfflineAsync(string path, List<string> problems, List<string> requests)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 1400 } });
        page.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Add($"console {message.Type}: {message.Text}"); };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        await page.RouteAsync("**/*", async route =>
        {
            requests.Add(route.Request.Url);
            if (route.Request.Url.StartsWith("file://", StringComparison.Ordinal)) await route.ContinueAsync();
            else await route.AbortAsync();
        });
        await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
    }
}
