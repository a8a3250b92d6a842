using System.Text.Json;

namespace Hive.Cluster.Tests.Dashboard;

/// <summary>A strategy's P&amp;L from the read side on the demo node: <c>GET /api/strategies/{id}/pnl</c> sums the strategy's own
/// filled orders and marks the position at the last price, and the Strategies page shows it in the strategy's row.</summary>
[Collection(DashboardCollection.Name)]
public sealed class StrategyPnlSpecs(DashboardFixture node) : IClassFixture<DashboardFixture>
{
    private const string Demo = "demo-spx";

    [Fact]
    public async Task The_demo_strategys_pnl_sums_its_filled_orders_and_marks_what_it_holds_at_the_last_price()
    {
        // The demo keeps trading, so the P&L and the strategy's orders are read until they agree on what was bought and sold.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string last;
        while (true)
        {
            var (_, pnl) = await node.GetAsync($"api/strategies/{Demo}/pnl");
            var (_, list) = await node.GetAsync($"api/orders?strategy={Demo}&limit=500");
            last = $"{pnl} against {list.GetProperty("orders").GetArrayLength()} orders";
            if (Agrees(pnl, list.GetProperty("orders").EnumerateArray().Where(o => o.GetProperty("filledQuantity").GetDecimal() > 0).ToList())) break;
            Assert.True(DateTime.UtcNow < deadline, $"the P&L never agreed with the strategy's filled orders: {last}");
            await Task.Delay(200);
        }

        var (status, error) = await node.GetAsync("api/strategies/nobody-started-this/pnl");
        Assert.Equal((404, "not-found"), (status, error.GetProperty("code").GetString()));
    }

    private static bool Agrees(JsonElement pnl, List<JsonElement> filled)
    {
        if (pnl.GetProperty("instruments").EnumerateArray().SingleOrDefault(i => i.GetProperty("instrument").GetString() == "SIM:SPX") is not { ValueKind: JsonValueKind.Object } spx)
            return false;
        decimal Filled(string side) => filled.Where(o => o.GetProperty("side").GetString() == side).Sum(o => o.GetProperty("filledQuantity").GetDecimal());
        var (bought, sold, last) = (spx.GetProperty("bought").GetDecimal(), spx.GetProperty("sold").GetDecimal(), spx.GetProperty("lastPrice").GetDecimal());
        return filled.Count > 0 && bought == Filled("buy") && sold == Filled("sell") && spx.GetProperty("filledOrders").GetInt32() == filled.Count
               && spx.GetProperty("position").GetDecimal() == bought - sold
               && spx.GetProperty("pnl").GetDecimal() == spx.GetProperty("sellNotional").GetDecimal() - spx.GetProperty("buyNotional").GetDecimal() + (bought - sold) * last;
    }

    [Fact]
    public async Task The_strategies_page_shows_each_strategys_pnl_in_its_row()
    {
        var problems = new List<string>();
        var page = await node.OpenAsync("#strategies", problems, []);
        await DashboardFixture.LoadedAsync(page, problems);

        var cell = page.Locator($"#strat-list tr[data-key='{Demo}'] [data-pnl]");
        await cell.First.WaitForAsync(new() { Timeout = 15_000 });
        var text = await cell.First.InnerTextAsync();
        Assert.StartsWith("SIM:SPX ", text);
        Assert.Contains("pos ", text);
        await DashboardFixture.ScreenshotAsync(page, "strategies-with-pnl");
        Assert.Empty(problems);
    }
}
