using System.Text.Json;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests;

/// <summary>
/// The runaway strategy through the cluster: <c>every-bar-buyer</c> started on a real node sends five market buys on every
/// bar of a falling market. Nobody intervenes: the order rate denies what is beyond two a second, and once the fills have
/// lost more than 5% of the high-water mark the drawdown rule halts the account, after which every order is denied.
/// </summary>
public sealed class RunawayStrategySpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private readonly TradingApi _api = new(node);

    private async Task<IReadOnlyList<JsonElement>> OrdersAsync()
    {
        var (_, body) = await node.GetAsync("api/orders?strategy=runaway&limit=500");
        return body.GetProperty("orders").EnumerateArray().ToList();
    }

    private static string? CodeOf(JsonElement order) =>
        order.TryGetProperty("rejectionCode", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;

    [Fact]
    public async Task A_strategy_that_buys_on_every_bar_is_stopped_by_the_order_rate_and_the_drawdown_rule_without_a_human()
    {
        await _api.OpenFundedAsync("RUNAWAY", 100_000m);
        await _api.PushBarAsync("SIM:SPX", 100m, 100m, 100m, 100m);
        var (status, body) = await node.SendAsync(WithPut(node.Post("api/risk/RUNAWAY/limits", """{"maxOrdersPerSecond": 2, "maxDrawdown": 0.05}""")));
        Assert.True(status == 200, body.ToString());
        Accepted(await _api.PostAsync("api/strategies/runaway/start",
            new { kind = "every-bar-buyer", accountId = "RUNAWAY", parameters = new { instrument = "SIM:SPX", quantity = "100", ordersPerBar = "5" } }));
        await _api.WhenAsync("api/strategies/runaway", s => s.GetProperty("running").GetBoolean(), "strategy runaway runs");

        // Each bar's taken orders fill at the next bar's open, 10 lower each time, so every bar the account holds more and the
        // loss from the high-water mark of 100,000 grows; bars are pushed, each once the last one's orders are decided, until
        // the drawdown rule halts the account (by 70, when at most two orders a bar get through: 200 × 20 + 200 × 10 > 5,000).
        var bars = 0;
        JsonElement risk = default;
        for (var price = 100m; price >= 10m; price -= 10m)
        {
            await _api.PushBarAsync("SIM:SPX", price, price, price, price);
            bars++;
            var sent = 5 * bars;
            await WhenOrdersAsync(o => o.Count >= sent && o.All(Decided), $"the five orders of bar {bars} are decided");
            (_, risk) = await node.GetAsync("api/risk/RUNAWAY");
            if (risk.GetProperty("state").GetString() == "halted") break;
        }

        Assert.Equal("halted", risk.GetProperty("state").GetString());
        Assert.Contains("drawdown", risk.GetProperty("stateReason").GetString());
        var orders = await OrdersAsync();
        var codes = orders.Select(CodeOf).ToList();
        Assert.Contains(RiskCodes.Rate, codes);
        // Never more than two orders a bar were taken.
        Assert.True(orders.Count(o => o.GetProperty("status").GetString() != "Denied") <= 2 * bars, string.Join(", ", codes));

        // A bar after the halt: the strategy still runs and sends five more, but nothing more is taken.
        var taken = orders.Count(o => o.GetProperty("status").GetString() != "Denied");
        await _api.PushBarAsync("SIM:SPX", 5m, 5m, 5m, 5m);
        var after = await WhenOrdersAsync(o => o.Count >= orders.Count + 5 && o.All(Decided), "the bar after the halt sends five more");
        Assert.Equal(taken, after.Count(o => o.GetProperty("status").GetString() != "Denied"));
        Assert.Contains(after.Select(CodeOf), c => c is RiskCodes.Drawdown or RiskCodes.Halted);
    }

    private static bool Decided(JsonElement order) => order.GetProperty("status").GetString() is not ("None" or "New");

    private static HttpRequestMessage WithPut(HttpRequestMessage request)
    {
        request.Method = HttpMethod.Put;
        return request;
    }

    private async Task<IReadOnlyList<JsonElement>> WhenOrdersAsync(Func<IReadOnlyList<JsonElement>, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var orders = await OrdersAsync();
            if (condition(orders)) return orders;
            if (DateTime.UtcNow > deadline) Assert.Fail($"{what}: not within {Patience.TotalSeconds:0} s; {orders.Count} orders");
            await Task.Delay(50);
        }
    }

    private static class RiskCodes
    {
        public const string Rate = "order-rate-exceeded", Drawdown = "max-drawdown", Halted = "trading-halted";
    }
}
