using System.Net.Http.Json;
using System.Text.Json;
using Hive.Actors.Entities;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests;

/// <summary>The trading API end to end over HTTP on a real node: accounts, orders through the account and the
/// simulated venue, fills booked back into the account, refusals with their codes, strategies.</summary>
public sealed class TradingApiSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private readonly TradingApi _api = new(node);

    [Fact]
    public async Task A_market_buy_fills_at_the_open_of_the_first_bar_after_it_was_accepted_and_is_booked_into_the_account()
    {
        await _api.OpenFundedAsync("MKT-1", 100_000m);
        await _api.PushBarAsync("SIM:SPX", 100.00m, 101.00m, 99.00m, 100.50m);

        Accepted(await _api.SubmitAsync("mkt-1", "MKT-1", "buy", 10m, referencePrice: 100.50m));
        // Accepted means the venue holds it, clocked at the close of the bar above: the next bar is its first.
        await _api.OrderInStatusAsync("mkt-1", "Accepted");
        await _api.PushBarAsync("SIM:SPX", 102.25m, 103.00m, 101.00m, 102.75m);
        var order = await _api.OrderInStatusAsync("mkt-1", "Filled");
        var account = await _api.AccountWhenAsync("MKT-1",
            a => a.GetProperty("fillsBooked").GetInt32() == 1 && a.GetProperty("reservations").GetArrayLength() == 0, "has booked the fill and released the hold");

        const decimal price = 102.25m, quantity = 10m;
        var fee = TradingSettings.Default.FillModel.Fees.TakerRate * quantity * price;
        var cash = 100_000m - quantity * price - fee;
        var fill = Assert.Single(order.GetProperty("fills").EnumerateArray());
        Assert.Equal(price, fill.GetProperty("price").GetDecimal());
        Assert.Equal(quantity, fill.GetProperty("quantity").GetDecimal());
        Assert.Equal(fee, fill.GetProperty("fee").GetDecimal());
        Assert.Equal("taker", fill.GetProperty("liquidity").GetString());
        Assert.Equal(price, order.GetProperty("averageFillPrice").GetDecimal());
        Assert.Equal(0m, order.GetProperty("leavesQuantity").GetDecimal());

        Assert.Equal(cash, In(account.GetProperty("cash"), "USD"));
        Assert.Equal(fee, In(account.GetProperty("fees"), "USD"));
        Assert.Equal(100_000m, In(account.GetProperty("deposits"), "USD"));
        var position = Assert.Single(account.GetProperty("positions").EnumerateArray());
        Assert.Equal("SIM:SPX", position.GetProperty("instrument").GetString());
        Assert.Equal(quantity, position.GetProperty("quantity").GetDecimal());
        Assert.Equal(price, position.GetProperty("averageCost").GetDecimal());
        // Marked at the last close: 10 x (102.75 - 102.25).
        Assert.Equal(102.75m, position.GetProperty("mark").GetDecimal());
        Assert.Equal(5.00m, position.GetProperty("unrealizedPnl").GetDecimal());
        Assert.Equal(cash + quantity * 102.75m, In(account.GetProperty("equity"), "USD"));
        Assert.Equal(cash, In(account.GetProperty("buyingPower"), "USD"));

        var cancel = await _api.PostAsync("api/orders/mkt-1/cancel", new { reason = "too late" });
        Assert.Equal(422, cancel.Status);
        Assert.Equal("invalid-transition", Code(cancel));

        var (_, fills) = await node.GetAsync("api/fills?account=MKT-1");
        Assert.Equal(fill.GetProperty("tradeId").GetString(), Assert.Single(fills.GetProperty("fills").EnumerateArray()).GetProperty("tradeId").GetString());
    }

    [Fact]
    public async Task The_same_order_sent_twice_is_one_order_and_the_same_deposit_twice_is_paid_in_once()
    {
        await _api.OpenFundedAsync("IDEM-1", 10_000m);

        var first = await _api.SubmitAsync("idem-1", "IDEM-1", "buy", 1m, limitPrice: 50.00m);
        var second = await _api.SubmitAsync("idem-1", "IDEM-1", "buy", 1m, limitPrice: 50.00m);
        var conflicting = await _api.SubmitAsync("idem-1", "IDEM-1", "buy", 2m, limitPrice: 50.00m);
        var deposit = new { transferId = "idem-dep", currency = "USD", amount = 500m };
        var paid = await _api.PostAsync("api/accounts/IDEM-1/deposit", deposit);
        var repaid = await _api.PostAsync("api/accounts/IDEM-1/deposit", deposit);
        // The lists are read from the read tables, a moment behind the writes: wait until the order shows, then count.
        var orders = await _api.WhenAsync("api/orders?account=IDEM-1", l => l.GetProperty("count").GetInt32() >= 1, "lists the order");
        var account = await _api.AccountWhenAsync("IDEM-1", _ => true, "is known to the read side");

        Accepted(first);
        Assert.False(first.Body.GetProperty("duplicate").GetBoolean());
        Accepted(second);
        Assert.True(second.Body.GetProperty("duplicate").GetBoolean());
        Assert.Equal(422, conflicting.Status);
        Assert.Equal("duplicate-client-order-id", Code(conflicting));
        Assert.Equal(1, orders.GetProperty("count").GetInt32());
        Accepted(paid);
        Assert.True(repaid.Body.GetProperty("duplicate").GetBoolean());
        Assert.Equal(10_500m, In(account.GetProperty("deposits"), "USD"));
        Assert.Equal(10_500m, In(account.GetProperty("cash"), "USD"));
    }

    [Theory]
    [InlineData("""{"clientOrderId":"bad-1","accountId":"BAD","instrument":"SIM:SPX","side":"buy","quantity":0,"limitPrice":100}""", 422, "non-positive-quantity")]
    [InlineData("""{"clientOrderId":"bad-2","accountId":"BAD","instrument":"SIM:SPX","side":"buy","quantity":-3,"limitPrice":100}""", 422, "non-positive-quantity")]
    [InlineData("""{"clientOrderId":"bad-3","accountId":"BAD","instrument":"SIM:SPX","side":"buy","quantity":1,"limitPrice":100.005}""", 422, "price-off-tick")]
    [InlineData("""{"clientOrderId":"bad-4","accountId":"BAD","instrument":"SIM:NOPE","side":"buy","quantity":1,"limitPrice":100}""", 422, "unknown-instrument")]
    [InlineData("""{"clientOrderId":"bad-5","accountId":"BAD","instrument":"SPX","side":"buy","quantity":1}""", 400, "invalid-id")]
    [InlineData("""{"clientOrderId":"bad-6","accountId":"BAD","instrument":"SIM:SPX","side":"hold","quantity":1}""", 400, "invalid-side")]
    [InlineData("""{"clientOrderId":"bad-7","accountId":"BAD","instrument":"SIM:SPX","side":"buy","type":"iceberg","quantity":1}""", 400, "invalid-type")]
    [InlineData("""{"clientOrderId":"bad-8","accountId":"BAD","instrument":"SIM:SPX","side":"buy"}""", 400, "missing-field")]
    [InlineData("""{"clientOrderId":"bad-9","accountId":"BAD","instrument":"SIMX:BTC-USDT","side":"buy","quantity":0.000001,"limitPrice":50000}""", 422, "quantity-off-lot")]
    [InlineData("""{"clientOrderId":"bad-10","accountId":"BAD","instrument":"SIMX:BTC-USDT","side":"buy","quantity":0.00001,"limitPrice":50000}""", 422, "below-min-notional")]
    // No bar has reached this venue, and the client named no reference price: the hold cannot be sized.
    [InlineData("""{"clientOrderId":"bad-11","accountId":"BAD","instrument":"SIMFX:EUR-USD","side":"buy","quantity":1000}""", 422, "missing-reference-price")]
    [InlineData("""{"clientOrderId":"bad-12","accountId":"BAD","instrument":"SIM:SPX","side":"buy","quantity":1,"limitPrice":100,"stopPrice":99}""", 422, "unexpected-price")]
    [InlineData("""{"clientOrderId":"bad 13!","accountId":"BAD","instrument":"SIM:SPX","side":"buy","quantity":1}""", 400, "invalid-id")]
    [InlineData("{garbage", 400, "malformed-json")]
    [InlineData("", 400, "malformed-json")]
    public async Task A_bad_order_is_refused_with_a_code_naming_what_was_wrong(string body, int status, string code)
    {
        var reply = await _api.PostRawAsync("api/orders", body);

        Assert.Equal(status, reply.Status);
        Assert.Equal(code, Code(reply));
        Assert.False(string.IsNullOrWhiteSpace(reply.Body.GetProperty("message").GetString()));
    }

    [Theory]
    [InlineData("api/accounts/ACC-BAD/deposit", """{"transferId":"x","currency":"USD","amount":5}""", 422, "account-not-open")]
    [InlineData("api/accounts/ACC-OPEN/deposit", """{"transferId":"x","currency":"USD","amount":-5}""", 422, "non-positive-amount")]
    [InlineData("api/accounts/ACC-OPEN/deposit", """{"currency":"USD","amount":5}""", 400, "missing-field")]
    [InlineData("api/accounts/ACC-OPEN/deposit", "{garbage", 400, "malformed-json")]
    [InlineData("api/accounts/bad%20id!/deposit", """{"transferId":"x","currency":"USD","amount":5}""", 400, "invalid-id")]
    [InlineData("api/accounts/ACC-OPEN/open", """{"type":"margin","leverage":4}""", 422, "account-already-open")]
    [InlineData("api/accounts/ACC-NEW/open", """{"type":"shares"}""", 400, "invalid-type")]
    [InlineData("api/orders/never-created/cancel", "", 422, "unknown-order")]
    [InlineData("api/orders/never-created/replace", """{"limitPrice":5}""", 422, "unknown-order")]
    [InlineData("api/instruments/SIM:SPX/bars", """{"openTime":"2020-01-01T00:00:00Z","open":10,"high":9,"low":8,"close":9}""", 400, "invalid-bar")]
    [InlineData("api/instruments/SIM:SPX/bars", """{"open":10,"high":11,"low":9,"close":10}""", 400, "missing-field")]
    public async Task A_bad_account_or_order_command_is_refused_with_its_code(string path, string body, int status, string code)
    {
        Accepted(await _api.PostAsync("api/accounts/ACC-OPEN/open", new { type = "cash" }));

        var reply = await _api.PostRawAsync(path, body);

        Assert.Equal(status, reply.Status);
        Assert.Equal(code, Code(reply));
    }

    [Fact]
    public async Task An_order_for_an_account_that_was_never_opened_ends_rejected_with_account_not_open()
    {
        Accepted(await _api.SubmitAsync("ghost-1", "GHOST", "buy", 1m, limitPrice: 10.00m));

        var order = await _api.OrderInStatusAsync("ghost-1", "Rejected");
        var (accountStatus, _) = await node.GetAsync("api/accounts/GHOST");

        Assert.Equal("account-not-open", order.GetProperty("rejectionCode").GetString());
        Assert.Contains("GHOST", order.GetProperty("rejectionMessage").GetString());
        Assert.Empty(order.GetProperty("fills").EnumerateArray());
        Assert.Equal(404, accountStatus);
    }

    [Fact]
    public async Task An_order_beyond_the_buying_power_ends_rejected_and_holds_nothing()
    {
        await _api.OpenFundedAsync("POOR-1", 1_000m);

        // 100 x 100.00 plus the fee headroom is ten times what the account has.
        Accepted(await _api.SubmitAsync("poor-1", "POOR-1", "buy", 100m, limitPrice: 100.00m));
        var order = await _api.OrderInStatusAsync("poor-1", "Rejected");
        var account = await _api.AccountWhenAsync("POOR-1", _ => true, "is known to the read side");

        Assert.Equal("insufficient-buying-power", order.GetProperty("rejectionCode").GetString());
        Assert.Empty(account.GetProperty("reservations").EnumerateArray());
        Assert.Equal(1_000m, In(account.GetProperty("buyingPower"), "USD"));
    }

    [Fact]
    public async Task A_resting_limit_order_holds_buying_power_can_be_repriced_within_the_hold_and_its_cancel_releases_the_hold()
    {
        await _api.OpenFundedAsync("REST-1", 10_000m);

        Accepted(await _api.SubmitAsync("rest-1", "REST-1", "buy", 5m, limitPrice: 50.00m));
        await _api.OrderInStatusAsync("rest-1", "Accepted");
        var holding = await _api.AccountWhenAsync("REST-1", a => a.GetProperty("reservations").GetArrayLength() == 1, "holds buying power for the order");
        var hold = Assert.Single(holding.GetProperty("reservations").EnumerateArray());
        var (_, venue) = await node.GetAsync("api/instruments/SIM:SPX");

        // The hold was sized for 5 x 50.00: an order that would cost more must be a new order.
        var bigger = await _api.PostAsync("api/orders/rest-1/replace", new { quantity = 6m });
        var dearer = await _api.PostAsync("api/orders/rest-1/replace", new { limitPrice = 51.00m });
        Accepted(await _api.PostAsync("api/orders/rest-1/replace", new { quantity = 4m, limitPrice = 51.00m }));
        var replaced = await _api.OrderWhenAsync("rest-1",
            o => o.GetProperty("status").GetString() == "Accepted" && o.GetProperty("limitPrice").GetDecimal() == 51.00m, "is repriced to 51.00");
        var offTick = await _api.PostAsync("api/orders/rest-1/replace", new { limitPrice = 50.005m });
        var (_, afterOffTick) = await node.GetAsync("api/orders/rest-1");
        Accepted(await _api.PostAsync("api/orders/rest-1/cancel", new { reason = "changed my mind" }));
        var cancelled = await _api.OrderInStatusAsync("rest-1", "Cancelled");
        var released = await _api.AccountWhenAsync("REST-1", a => a.GetProperty("reservations").GetArrayLength() == 0, "releases the hold");

        Assert.Equal("rest-1", hold.GetProperty("orderId").GetString());
        Assert.Equal(5m * 50.00m * (1m + TradingSettings.Default.ReserveFeeRate), hold.GetProperty("amount").GetDecimal());
        Assert.True(venue.GetProperty("workingOrders").GetInt32() >= 1);
        Assert.Equal(422, bigger.Status);
        Assert.Equal("replace-exceeds-hold", Code(bigger));
        Assert.Equal(422, dearer.Status);
        Assert.Equal("replace-exceeds-hold", Code(dearer));
        Assert.Equal(4m, replaced.GetProperty("quantity").GetDecimal());
        Assert.Equal(422, offTick.Status);
        Assert.Equal("price-off-tick", Code(offTick));
        Assert.Equal("Accepted", afterOffTick.GetProperty("status").GetString());
        Assert.Equal(51.00m, afterOffTick.GetProperty("limitPrice").GetDecimal());
        Assert.Empty(cancelled.GetProperty("fills").EnumerateArray());
        Assert.Equal(10_000m, In(released.GetProperty("cash"), "USD"));
        Assert.Equal(10_000m, In(released.GetProperty("buyingPower"), "USD"));
    }

    [Fact]
    public async Task A_strategy_of_an_unknown_kind_is_refused_and_a_catalog_strategy_runs_until_stopped()
    {
        await _api.OpenFundedAsync("STRAT-1", 10_000m);

        var unknown = await _api.PostAsync("api/strategies/st-bad/start", new { kind = "martingale", accountId = "STRAT-1", parameters = new { } });
        var badParameter = await _api.PostAsync("api/strategies/st-bad/start",
            new { kind = "sma-cross", accountId = "STRAT-1", parameters = new { instrument = "SIMX:BTC-USDT", fast = "three" } });
        Accepted(await _api.PostAsync("api/strategies/st-1/start",
            new { kind = "sma-cross", accountId = "STRAT-1", parameters = new { instrument = "SIMX:BTC-USDT", fast = "3", slow = "5" } }));
        var running = await _api.WhenAsync("api/strategies", l => Strategy(l, "st-1") is { } s && s.GetProperty("running").GetBoolean(), "lists st-1 running");
        // Sent chunked (no Content-Length), as HttpClient sends JsonContent: the optional body must still be read.
        var stop = new HttpRequestMessage(HttpMethod.Post, "api/strategies/st-1/stop") { Content = JsonContent.Create(new { reason = "end of test" }) };
        stop.Headers.Add(Node.AdminToken.Header, node.Token);
        Accepted(await node.SendAsync(stop));
        var stopped = await _api.WhenAsync("api/strategies/st-1", s => !s.GetProperty("running").GetBoolean(), "strategy st-1 is stopped");
        var (missing, _) = await node.GetAsync("api/strategies/st-bad");

        Assert.Equal(422, unknown.Status);
        Assert.Equal("invalid-strategy-parameters", Code(unknown));
        Assert.Equal(422, badParameter.Status);
        Assert.Equal("invalid-strategy-parameters", Code(badParameter));
        Assert.Contains("sma-cross", running.GetProperty("catalog").EnumerateArray().Select(k => k.GetString()));
        var listed = Strategy(running, "st-1")!.Value;
        Assert.Equal("sma-cross", listed.GetProperty("kind").GetString());
        Assert.Equal("STRAT-1", listed.GetProperty("accountId").GetString());
        Assert.Equal("5", listed.GetProperty("parameters").GetProperty("slow").GetString());
        Assert.Equal("end of test", stopped.GetProperty("stopReason").GetString());
        Assert.Equal(404, missing);
    }

    [Fact]
    public async Task Writes_without_the_admin_token_are_refused()
    {
        var reply = await node.SendAsync(node.Post("api/accounts/NOTOKEN/open", "{}", withToken: false));
        var (after, _) = await node.GetAsync("api/accounts/NOTOKEN");

        Assert.Equal(401, reply.Status);
        Assert.Equal("unauthorized", Code(reply));
        Assert.Equal(404, after);
    }

    [Fact]
    public async Task The_instrument_catalog_lists_the_four_demo_venues()
    {
        var (status, body) = await node.GetAsync("api/instruments");
        var (unknown, error) = await node.GetAsync("api/instruments/SIM:NOPE");

        Assert.Equal(200, status);
        Assert.Equal(new[] { "SIM2:SPX", "SIM:SPX", "SIMFX:EUR-USD", "SIMX:BTC-USDT" },
            body.GetProperty("instruments").EnumerateArray().Select(i => i.GetProperty("instrument").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(404, unknown);
        Assert.Equal("unknown-instrument", error.GetProperty("code").GetString());
    }

    private static JsonElement? Strategy(JsonElement list, string id)
    {
        foreach (var s in list.GetProperty("strategies").EnumerateArray())
            if (s.GetProperty("strategyId").GetString() == id) return s;
        return null;
    }
}
