using System.Text.Json;
using Hive.Actors.Diagnostics;
using Hive.Cluster.Ctl;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests;

/// <summary>Trade surveillance on a real node: orders and fills pushed through the API reach the scanner through the read
/// tables, its alerts are stored once with their evidence, and `hive surveillance` lists them.</summary>
public sealed class SurveillanceSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private readonly TradingApi _api = new(node);

    private Task<(int Status, JsonElement Body)> PutOwnerAsync(string account, string body, bool withToken = true)
    {
        var request = node.Post($"api/surveillance/owners/{account}", body, withToken);
        request.Method = HttpMethod.Put;
        return node.SendAsync(request);
    }

    private async Task SetOwnerAsync(string account, string owner) =>
        Accepted(await PutOwnerAsync(account, JsonSerializer.Serialize(new { owner })));

    private async Task<string> TradeOfAsync(string order) =>
        Assert.Single((await _api.OrderInStatusAsync(order, "Filled")).GetProperty("fills").EnumerateArray()).GetProperty("tradeId").GetString()!;

    private static async Task ScansAsync(int more)
    {
        var target = HiveCounters.Get("surveillance/scans") + more;
        var deadline = DateTime.UtcNow + Patience;
        while (HiveCounters.Get("surveillance/scans") < target)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the scanner did not run {more} more scan(s) within {Patience.TotalSeconds:0} s");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task One_owner_selling_from_one_account_what_it_buys_in_another_on_the_same_bar_raises_one_wash_alert_with_its_trades()
    {
        await SetOwnerAsync("WASH-A", "desk-w");
        await SetOwnerAsync("WASH-B", "desk-w");
        await _api.OpenFundedAsync("WASH-A", 100_000m);
        await _api.OpenFundedAsync("WASH-B", 100_000m);
        await _api.PushBarAsync("SIM:SPX", 100.00m, 101.00m, 99.00m, 100.50m);
        Accepted(await _api.SubmitAsync("wash-a-buy", "WASH-A", "buy", 10m, referencePrice: 100.50m));
        await _api.OrderInStatusAsync("wash-a-buy", "Accepted");
        await _api.PushBarAsync("SIM:SPX", 102.25m, 103.00m, 101.00m, 102.75m);
        await TradeOfAsync("wash-a-buy");
        Accepted(await _api.SubmitAsync("wash-a-sell", "WASH-A", "sell", 10m, referencePrice: 102.75m));
        Accepted(await _api.SubmitAsync("wash-b-buy", "WASH-B", "buy", 10m, referencePrice: 102.75m));
        await _api.OrderInStatusAsync("wash-a-sell", "Accepted");
        await _api.OrderInStatusAsync("wash-b-buy", "Accepted");
        await _api.PushBarAsync("SIM:SPX", 103.00m, 104.00m, 102.00m, 103.50m);
        var (sell, buy) = (await TradeOfAsync("wash-a-sell"), await TradeOfAsync("wash-b-buy"));

        var list = await _api.WhenAsync("api/surveillance/alerts?account=WASH-B&detector=wash-trade",
            l => l.GetProperty("count").GetInt32() > 0, "lists a wash alert of WASH-B");
        await ScansAsync(2);
        var (_, again) = await node.GetAsync("api/surveillance/alerts?account=WASH-A");
        var (_, counters) = await node.GetAsync("api/counters");
        var (_, owners) = await node.GetAsync("api/surveillance/owners");

        var alert = Assert.Single(list.GetProperty("alerts").EnumerateArray());
        Assert.Equal($"wash-trade:{buy}:{sell}", alert.GetProperty("id").GetString());
        Assert.Equal(["WASH-A", "WASH-B"], alert.GetProperty("accounts").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("owner:desk-w", alert.GetProperty("scope").GetString());
        Assert.Equal(0m, alert.GetProperty("statistic").GetDecimal());
        var evidence = alert.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal([buy, sell], evidence.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(["buy", "sell"], evidence.Select(e => e.GetProperty("side").GetString()));
        Assert.All(evidence, e => Assert.Equal(103.00m, e.GetProperty("price").GetDecimal()));
        // Scanned again (twice) and found again: still one alert, and the first buy a day earlier is no wash.
        Assert.Equal([alert.GetProperty("id").GetString()], again.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.True(counters.GetProperty("surveillance/alerts/wash-trade").GetInt64() >= 1, counters.ToString());
        Assert.Equal("desk-w", owners.GetProperty("owners").GetProperty("WASH-A").GetString());

        var (exit, stdout, stderr) = await InProcessHive.RunAsync(["surveillance", node.HttpAddress, "alerts", "--account", "WASH-B", "--token-file", node.TokenFile]);
        Assert.True(exit == CtlExit.Ok, stderr);
        Assert.Contains("wash-trade", stdout);
        Assert.Contains(buy, stdout);
        var (jsonExit, json, _) = await InProcessHive.RunAsync(["ctl", node.HttpAddress, "surveillance", "alerts", "--detector", "wash-trade", "--json", "--token-file", node.TokenFile]);
        Assert.Equal(CtlExit.Ok, jsonExit);
        Assert.Equal(1, JsonDocument.Parse(json).RootElement.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Bad_filters_and_owners_are_refused_with_a_code_naming_what_was_wrong()
    {
        var (detectorStatus, detector) = await node.GetAsync("api/surveillance/alerts?detector=front-running");
        var (accountStatus, account) = await node.GetAsync("api/surveillance/alerts?account=a%20b");
        var (ownerStatus, owner) = await PutOwnerAsync("ACC-1", """{"owner": "not an id"}""");
        var (missingStatus, missingBody) = await PutOwnerAsync("ACC-1", "{}");
        var (unauthorizedStatus, _) = await PutOwnerAsync("ACC-1", """{"owner": "x"}""", withToken: false);

        Assert.Equal((400, "invalid-detector"), (detectorStatus, detector.GetProperty("code").GetString()));
        Assert.Contains("wash-trade", detector.GetProperty("message").GetString());
        Assert.Equal((400, "invalid-id"), (accountStatus, account.GetProperty("code").GetString()));
        Assert.Equal((400, "invalid-owner"), (ownerStatus, owner.GetProperty("code").GetString()));
        Assert.Equal((400, "missing-field"), (missingStatus, missingBody.GetProperty("code").GetString()));
        Assert.Equal(401, unauthorizedStatus);
    }

    [Fact]
    public async Task An_order_that_would_trade_with_a_resting_order_of_its_own_account_cancels_it_under_expire_maker_and_shrinks_under_decrement()
    {
        await _api.OpenFundedAsync("STP-1", 100_000m);
        await _api.WithoutCollarAsync("STP-1");
        await _api.PushBarAsync("SIM:SPX", 103.00m, 104.00m, 102.00m, 103.50m);
        Accepted(await _api.SubmitAsync("stp-position", "STP-1", "buy", 3m, referencePrice: 103.50m));
        await _api.OrderInStatusAsync("stp-position", "Accepted");
        await _api.PushBarAsync("SIM:SPX", 103.00m, 104.00m, 102.00m, 103.50m);
        await _api.OrderInStatusAsync("stp-position", "Filled");
        Accepted(await _api.SubmitAsync("stp-resting-sell", "STP-1", "sell", 1m, limitPrice: 110m));
        await _api.OrderInStatusAsync("stp-resting-sell", "Accepted");

        Accepted(await _api.PostAsync("api/orders", new
        {
            clientOrderId = "stp-incoming-buy", accountId = "STP-1", instrument = "SIM:SPX", side = "buy", quantity = 1m,
            limitPrice = 112m, selfTradePrevention = "expire-maker",
        }));
        var maker = await _api.OrderInStatusAsync("stp-resting-sell", "Cancelled");
        var taker = await _api.OrderInStatusAsync("stp-incoming-buy", "Accepted");
        Accepted(await _api.PostAsync("api/orders", new
        {
            clientOrderId = "stp-decrement-sell", accountId = "STP-1", instrument = "SIM:SPX", side = "sell", quantity = 3m,
            limitPrice = 111m, selfTradePrevention = "decrement",
        }));
        var shrunk = await _api.OrderWhenAsync("stp-decrement-sell", o => o.GetProperty("quantity").GetDecimal() == 2m, "is decremented to 2");
        var decrementedAway = await _api.OrderInStatusAsync("stp-incoming-buy", "Cancelled");
        var bad = await _api.PostAsync("api/orders", new
        {
            clientOrderId = "stp-bad", accountId = "STP-1", instrument = "SIM:SPX", side = "buy", quantity = 1m, limitPrice = 1m,
            selfTradePrevention = "cancel-newest",
        });

        Assert.Equal("self-trade-prevented", maker.GetProperty("rejectionCode").GetString());
        Assert.Contains("stp-incoming-buy", maker.GetProperty("rejectionMessage").GetString());
        Assert.Equal(JsonValueKind.Null, taker.GetProperty("rejectionCode").ValueKind);
        Assert.Equal("Accepted", shrunk.GetProperty("status").GetString());
        Assert.Equal("self-trade-prevented", decrementedAway.GetProperty("rejectionCode").GetString());
        Assert.Equal((400, "invalid-selfTradePrevention"), (bad.Status, Code(bad)));
    }
}
