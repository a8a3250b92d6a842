using System.Text.Json;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests;

/// <summary>Pre-trade risk over HTTP on a real node: limits set through the API deny orders through the order path (status
/// <c>Denied</c> with the limit's code in <c>GET /api/orders/{id}</c>), a halt denies everything and cancels what works, and bad
/// limits are refused naming the field.</summary>
public sealed class RiskApiSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private readonly TradingApi _api = new(node);

    private Task<(int Status, JsonElement Body)> PutAsync(string path, string body)
    {
        var request = node.Post(path, body);
        request.Method = HttpMethod.Put;
        return node.SendAsync(request);
    }

    [Fact]
    public async Task An_order_beyond_the_accounts_limits_ends_denied_with_the_limits_code_and_numbers()
    {
        await _api.OpenFundedAsync("RISK-1", 1_000_000m);
        await _api.PushBarAsync("SIM:SPX", 100m, 101m, 99m, 100m);
        Accepted(await PutAsync("api/risk/RISK-1/limits", """{"maxOrderNotional": 5000, "priceCollar": 0.05}"""));

        Accepted(await _api.SubmitAsync("risk-big", "RISK-1", "buy", 60m, limitPrice: 100m));
        var big = await _api.OrderInStatusAsync("risk-big", "Denied");
        Assert.Equal("max-order-notional", big.GetProperty("rejectionCode").GetString());
        Assert.Contains("6000", big.GetProperty("rejectionMessage").GetString());

        // The venue's last close is 100: a limit of 110 is 10% away, outside the 5% collar.
        Accepted(await _api.SubmitAsync("risk-far", "RISK-1", "buy", 1m, limitPrice: 110m));
        Assert.Equal("price-outside-collar", (await _api.OrderInStatusAsync("risk-far", "Denied")).GetProperty("rejectionCode").GetString());

        var (status, risk) = await node.GetAsync("api/risk/RISK-1");
        Assert.Equal(200, status);
        Assert.Equal("active", risk.GetProperty("state").GetString());
        Assert.False(risk.GetProperty("defaultLimits").GetBoolean());
        Assert.Equal(5000m, risk.GetProperty("limits").GetProperty("maxOrderNotional").GetDecimal());
    }

    [Fact]
    public async Task A_halt_cancels_the_working_orders_and_denies_new_ones_until_resumed()
    {
        await _api.OpenFundedAsync("RISK-2", 1_000_000m);
        await _api.PushBarAsync("SIM:SPX", 100m, 101m, 99m, 100m);
        Accepted(await _api.SubmitAsync("risk-rest", "RISK-2", "buy", 1m, limitPrice: 95m));
        await _api.OrderInStatusAsync("risk-rest", "Accepted");

        Accepted(await _api.PostAsync("api/risk/RISK-2/halt", new { reason = "desk review" }));
        await _api.OrderInStatusAsync("risk-rest", "Cancelled");
        Accepted(await _api.SubmitAsync("risk-after", "RISK-2", "buy", 1m, limitPrice: 99m));
        var denied = await _api.OrderInStatusAsync("risk-after", "Denied");
        Assert.Equal("trading-halted", denied.GetProperty("rejectionCode").GetString());
        Assert.Contains("desk review", denied.GetProperty("rejectionMessage").GetString());

        var again = await _api.PostAsync("api/risk/RISK-2/halt", new { reason = "twice" });
        Assert.Equal(422, again.Status);
        Assert.Equal("trading-state-unchanged", Code(again));
        Accepted(await _api.PostAsync("api/risk/RISK-2/resume", new { reason = "reviewed" }));
        Accepted(await _api.SubmitAsync("risk-resumed", "RISK-2", "buy", 1m, limitPrice: 99m));
        await _api.OrderInStatusAsync("risk-resumed", "Accepted");
    }

    [Fact]
    public async Task Bad_limits_are_refused_naming_the_field_and_change_nothing()
    {
        await _api.OpenFundedAsync("RISK-3", 1_000m);
        var misspelt = await PutAsync("api/risk/RISK-3/limits", """{"maxOrderNotionl": 10}""");
        Assert.Equal(400, misspelt.Status);
        Assert.Contains("maxOrderNotionl", misspelt.Body.GetProperty("message").GetString());
        var zero = await PutAsync("api/risk/RISK-3/limits", """{"priceCollar": 0}""");
        Assert.Equal(422, zero.Status);
        Assert.Contains("priceCollar", zero.Body.GetProperty("message").GetString());
        // The read side knows the account once it has projected its opening.
        var risk = await _api.WhenAsync("api/risk/RISK-3", r => r.TryGetProperty("defaultLimits", out _), "shows the account's limits");
        Assert.True(risk.GetProperty("defaultLimits").GetBoolean());
        Assert.Equal(404, (await node.GetAsync("api/risk/NOBODY")).Status);
        Assert.Equal(400, (await _api.PostAsync("api/risk/RISK-3/halt", new { })).Status);
    }

    [Fact]
    public async Task An_order_beyond_the_gross_exposure_multiple_of_equity_ends_denied()
    {
        await _api.OpenFundedAsync("RISK-5", 100_000m, type: "margin", leverage: 4m);
        await _api.PushBarAsync("SIM:SPX", 100m, 101m, 99m, 100m);
        Accepted(await PutAsync("api/risk/RISK-5/limits", """{"maxGrossExposure": 1.5, "maxOrderNotional": 1000000}"""));

        // 2,000 x 100 = 200,000 = 2 x the equity of 100,000.
        Accepted(await _api.SubmitAsync("risk-gross", "RISK-5", "buy", 2_000m, limitPrice: 100m));
        var denied = await _api.OrderInStatusAsync("risk-gross", "Denied");
        Assert.Equal("max-gross-exposure", denied.GetProperty("rejectionCode").GetString());
        Assert.Contains("200000", denied.GetProperty("rejectionMessage").GetString());
        Accepted(await _api.SubmitAsync("risk-gross-ok", "RISK-5", "buy", 1_500m, limitPrice: 100m));
        await _api.OrderInStatusAsync("risk-gross-ok", "Accepted");
        var narrowed = await PutAsync("api/risk/RISK-5/limits?strategy=s1", """{"maxNetExposure": 1}""");
        Assert.Equal(422, narrowed.Status);
        Assert.Contains("maxNetExposure", narrowed.Body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_loss_beyond_the_daily_limit_denies_the_order_halts_the_account_and_cancels_what_works()
    {
        await _api.OpenFundedAsync("RISK-4", 100_000m);
        await _api.PushBarAsync("SIM:SPX", 100m, 101m, 99m, 100m);
        Accepted(await PutAsync("api/risk/RISK-4/limits", """{"dailyLossLimit": 1000, "maxOrderNotional": 1000000}"""));
        Accepted(await _api.SubmitAsync("risk-long", "RISK-4", "buy", 500m, referencePrice: 100m));
        await _api.OrderInStatusAsync("risk-long", "Accepted");
        await _api.PushBarAsync("SIM:SPX", 100m, 100m, 99m, 99m);
        await _api.OrderInStatusAsync("risk-long", "Filled");
        Accepted(await _api.SubmitAsync("risk-rest4", "RISK-4", "buy", 1m, limitPrice: 80m));
        await _api.OrderInStatusAsync("risk-rest4", "Accepted");

        // The close of 96 values the 500 bought at 100 at 48,000: more than 1,000 lost today.
        await _api.PushBarAsync("SIM:SPX", 97m, 97m, 95m, 96m);
        Accepted(await _api.SubmitAsync("risk-dip", "RISK-4", "buy", 1m, referencePrice: 96m));
        var denied = await _api.OrderInStatusAsync("risk-dip", "Denied");
        Assert.Equal("daily-loss-limit", denied.GetProperty("rejectionCode").GetString());
        Assert.Contains("daily loss limit 1000", denied.GetProperty("rejectionMessage").GetString());

        await _api.OrderInStatusAsync("risk-rest4", "Cancelled");
        var risk = await _api.WhenAsync("api/risk/RISK-4", r => r.GetProperty("state").GetString() == "halted", "is halted by the loss rule");
        Assert.Contains("daily loss limit", risk.GetProperty("stateReason").GetString());
        Accepted(await _api.SubmitAsync("risk-after4", "RISK-4", "sell", 1m, referencePrice: 96m));
        Assert.Equal("daily-loss-limit", (await _api.OrderInStatusAsync("risk-after4", "Denied")).GetProperty("rejectionCode").GetString());
    }

    [Fact]
    public async Task Stopping_a_strategy_cancels_its_working_orders()
    {
        await _api.OpenFundedAsync("RISK-6", 100_000m);
        await _api.WithoutCollarAsync("RISK-6");
        Accepted(await _api.PostAsync("api/strategies/risk-mm/start",
            new { kind = "market-maker", accountId = "RISK-6", parameters = new { instrument = "SIM:SPX", spreadBps = "200" } }));
        await _api.WhenAsync("api/strategies/risk-mm", s => s.GetProperty("running").GetBoolean(), "strategy risk-mm runs");
        // The bar's close of 100 makes the market maker bid 99 for one: a quote that rests.
        await _api.PushBarAsync("SIM:SPX", 100m, 100.5m, 99.5m, 100m);
        await _api.OrderInStatusAsync("risk-mm-1", "Accepted");

        Accepted(await _api.PostAsync("api/strategies/risk-mm/stop", new { reason = "end of day" }));
        await _api.OrderInStatusAsync("risk-mm-1", "Cancelled");
    }

    [Fact]
    public async Task An_order_while_the_instruments_circuit_breaker_holds_ends_denied_and_releases_its_hold()
    {
        await _api.OpenFundedAsync("RISK-7", 100_000m);
        await _api.WithoutCollarAsync("RISK-7");
        // A one-minute bar from 100 to 115: 15% within the stock band's 5 minutes, beyond its 10%.
        var openTime = node.NextBarOpen("SIM:SPX");
        Accepted(await _api.PostAsync("api/instruments/SIM:SPX/bars", new { openTime, interval = "1m", open = 100m, high = 115m, low = 100m, close = 115m, volume = 1_000_000m }));
        var breakers = await _api.WhenAsync("api/risk/breakers", b => Breaker(b, "SIM:SPX").GetProperty("state").GetString() == "halted", "shows SIM:SPX halted");
        Assert.Contains("+15%", Breaker(breakers, "SIM:SPX").GetProperty("reason").GetString());
        Assert.Equal(0.10m, Breaker(breakers, "SIM:SPX").GetProperty("maxMove").GetDecimal());

        Accepted(await _api.SubmitAsync("risk-breaker", "RISK-7", "buy", 1m, limitPrice: 115m));
        var denied = await _api.OrderInStatusAsync("risk-breaker", "Denied");
        Assert.Equal("circuit-breaker", denied.GetProperty("rejectionCode").GetString());
        await _api.AccountWhenAsync("RISK-7", a => a.GetProperty("reservations").GetArrayLength() == 0, "releases the hold");
    }

    private static JsonElement Breaker(JsonElement list, string instrument) =>
        list.GetProperty("breakers").EnumerateArray().Single(b => b.GetProperty("instrument").GetString() == instrument);
}
