using Hive.Cluster.Tests.Security;
using Microsoft.Playwright;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests.Dashboard;

/// <summary>The Algos page in headless Chromium on the demo node: a TWAP submitted through the API shows with its progress bar,
/// arrival price and slippage; cancelling it asks first, does nothing when the person declines and cancels it once they confirm;
/// a viewer sees the parents without the buttons, and a market-data key gets no Algos tab at all; the list is a page of the newest
/// parents, older pages a click away.</summary>
[Collection(DashboardCollection.Name)]
public sealed class AlgoPageSpecs(DashboardFixture node) : IClassFixture<DashboardFixture>
{
    private const string Spx = "SIM:SPX";
    private readonly TradingApi _api = new(node);

    private async Task SubmitTwapAsync(string id, string account)
    {
        await _api.OpenFundedAsync(account, 10_000_000m);
        await _api.WithoutCollarAsync(account);
        var now = DateTime.UtcNow;
        Accepted(await _api.PostAsync("api/algos", new
        {
            algoId = id, type = "twap", accountId = account, instrument = Spx, side = "buy", quantity = 20m, start = now, end = now.AddMinutes(10),
            parameters = new Dictionary<string, string> { ["slices"] = "4" },
        }));
    }

    private static Task RowSaysAsync(IPage page, string id, string text) =>
        page.WaitForSelectorAsync($"#algo-list tr[data-key='{id}']:has-text('{text}')", new() { Timeout = 15_000 });

    [Fact]
    public async Task A_twap_shows_its_progress_and_is_cancelled_only_after_the_person_confirms()
    {
        await SubmitTwapAsync("browser-twap-1", "ALGO-BROWSER-1");
        var problems = new List<string>();
        var page = await node.OpenAsync("#algos", problems, []);
        await DashboardFixture.LoadedAsync(page, problems);

        Assert.True(await page.IsVisibleAsync("#nav a[data-page='algos']"), "the Algos tab shows for the admin key");
        await RowSaysAsync(page, "browser-twap-1", "working");
        var row = page.Locator("#algo-list tr[data-key='browser-twap-1']");
        Assert.Contains("/ 20", await row.Locator(".progress").InnerTextAsync());
        // The first child goes at once and fills at the demo's next bar; the bar then shows the share filled.
        await page.WaitForFunctionAsync("() => Number(document.querySelector(\"#algo-list tr[data-key='browser-twap-1'] .progress\")?.dataset.filled) > 0",
            null, new() { Timeout = 30_000 });
        await DashboardFixture.ScreenshotAsync(page, "algos-with-a-twap");

        await row.Locator("button[data-action='cancel']").ClickAsync();
        await page.WaitForSelectorAsync("#confirm-dialog[open]");
        Assert.Contains("browser-twap-1", await page.InnerTextAsync("#confirm-text"));
        await page.ClickAsync("#confirm-dialog button[value='cancel']");
        await page.WaitForSelectorAsync("#algo-message:has-text('not cancelled')");
        Assert.Equal("working", (await node.GetAsync("api/algos/browser-twap-1")).Body.GetProperty("status").GetString());

        await row.Locator("button[data-action='cancel']").ClickAsync();
        await page.WaitForSelectorAsync("#confirm-dialog[open]");
        await page.ClickAsync("#confirm-ok");
        await RowSaysAsync(page, "browser-twap-1", "cancelled");
        Assert.Equal(0, await row.Locator("button").CountAsync());
        Assert.Equal("cancelled", (await node.GetAsync("api/algos/browser-twap-1")).Body.GetProperty("status").GetString());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_list_shows_a_page_of_the_newest_parents_and_older_opens_the_next_page_and_newer_comes_back()
    {
        await _api.OpenFundedAsync("ALGO-PAGES", 10_000_000m);
        var start = DateTime.UtcNow.AddMinutes(30);
        // One more than a page (50), in a window that opens later: none trades.
        for (var i = 0; i <= 50; i++)
            Accepted(await _api.PostAsync("api/algos", new
            {
                algoId = $"page-algo-{i:00}", type = "twap", accountId = "ALGO-PAGES", instrument = Spx, side = "buy", quantity = 10m, start,
                end = start.AddMinutes(10), parameters = new Dictionary<string, string> { ["slices"] = "2" },
            }));
        await _api.WhenAsync("api/algos?account=ALGO-PAGES&limit=100", l => l.GetProperty("count").GetInt32() == 51, "lists every parent");
        var problems = new List<string>();
        var page = await node.OpenAsync("#algos", problems, []);
        await DashboardFixture.LoadedAsync(page, problems);

        await RowSaysAsync(page, "page-algo-50", "working");
        Assert.Equal(50, await page.Locator("#algo-list tr[data-key]").CountAsync());
        Assert.Equal(0, await page.Locator("#algo-list tr[data-key='page-algo-00']").CountAsync());
        Assert.True(await page.IsDisabledAsync("#algo-pager button[data-pager='newer']"));

        await page.ClickAsync("#algo-pager button[data-pager='older']");
        await RowSaysAsync(page, "page-algo-00", "working");
        Assert.Equal(0, await page.Locator("#algo-list tr[data-key='page-algo-50']").CountAsync());
        Assert.Contains("page 2", await page.InnerTextAsync("#algo-pager"));

        await page.ClickAsync("#algo-pager button[data-pager='newer']");
        await RowSaysAsync(page, "page-algo-50", "working");
        Assert.Equal(0, await page.Locator("#algo-list tr[data-key='page-algo-00']").CountAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_viewer_sees_its_parents_without_the_buttons_and_a_market_data_key_gets_no_algos_tab()
    {
        await SubmitTwapAsync("browser-twap-2", "ALGO-BROWSER-2");
        var users = new SecurityApi(node);
        var viewer = await users.AddUserAsync("algo-viewer", "viewer", "ALGO-BROWSER-2");
        var feed = await users.AddUserAsync("algo-feed", "market-data");

        var page = await node.NewPageAsync();
        await page.GotoAsync(node.BaseUrl + "#algos");
        await DashboardFixture.SignInAsync(page, viewer);
        await RowSaysAsync(page, "browser-twap-2", "working");
        Assert.Equal(0, await page.Locator("#algo-list tr[data-key='browser-twap-2'] button").CountAsync());
        Assert.True(await page.IsVisibleAsync("#nav a[data-page='algos']"));

        var other = await node.NewPageAsync();
        await other.GotoAsync(node.BaseUrl + "#overview");
        await DashboardFixture.SignInAsync(other, feed);
        await other.WaitForSelectorAsync("body[data-offered='true']");
        Assert.False(await other.IsVisibleAsync("#nav a[data-page='algos']"), "a market-data key sees an Algos tab");
        Assert.True(await other.IsVisibleAsync("#nav a[data-page='risk']"));
    }
}
