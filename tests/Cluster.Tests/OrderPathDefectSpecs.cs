using System.Text.Json;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests;

/// <summary>
/// Defects found in review of the first order path, each reproduced over HTTP on a real node: every one of these
/// failed before the lean order path (holds sized by a client's reference price, absurd quantities crash-looping an
/// account, a far-future bar freezing a venue).
/// </summary>
public sealed class OrderPathDefectSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private readonly TradingApi _api = new(node);

    [Fact]
    public async Task A_low_reference_price_cannot_shrink_the_hold_of_a_limit_order_below_what_it_can_cost()
    {
        await _api.OpenFundedAsync("HOLD-1", 50_000m);

        // 1000 @ limit 100 can cost 100,000: once held at the client's 0.01 (10 USD), and the fill drove cash negative.
        var reply = await _api.SubmitAsync("hold-1", "HOLD-1", "buy", 1000m, limitPrice: 100m, referencePrice: 0.01m);
        Accepted(reply);
        var order = await _api.OrderWhenAsync("hold-1", o => o.GetProperty("status").GetString() == "Rejected", "is refused for buying power");
        Assert.Equal("insufficient-buying-power", order.GetProperty("rejectionCode").GetString());

        Accepted(await _api.SubmitAsync("hold-2", "HOLD-1", "buy", 100m, limitPrice: 100m, referencePrice: 0.01m));
        var account = await _api.AccountWhenAsync("HOLD-1", a => a.GetProperty("reservations").GetArrayLength() == 1, "holds the second order");
        var held = Assert.Single(account.GetProperty("reservations").EnumerateArray()).GetProperty("amount").GetDecimal();
        Assert.True(held >= 100m * 100m, $"held {held}, less than 100 x 100");
    }

    [Fact]
    public async Task A_market_order_is_held_at_the_venues_last_price_when_the_client_names_a_lower_one()
    {
        await _api.OpenFundedAsync("HOLD-2", 1_000_000m);
        await _api.PushBarAsync("SIMX:BTC-USDT", 2000m, 2010m, 1990m, 2000m);
        Accepted(await _api.PostAsync("api/accounts/HOLD-2/deposit", new { transferId = "usdt", currency = "USDT", amount = 1_000_000m }));

        Accepted(await _api.SubmitAsync("hold-3", "HOLD-2", "buy", 10m, referencePrice: 0.01m, instrument: "SIMX:BTC-USDT"));
        var account = await _api.AccountWhenAsync("HOLD-2", a => a.GetProperty("reservations").GetArrayLength() == 1, "holds the order");
        var held = Assert.Single(account.GetProperty("reservations").EnumerateArray()).GetProperty("amount").GetDecimal();
        Assert.True(held >= 10m * 2000m, $"held {held}, less than 10 x the last price 2000");
    }

    [Fact]
    public async Task An_absurd_quantity_is_refused_and_the_account_keeps_working()
    {
        await _api.OpenFundedAsync("HUGE-1", 1_000m);

        // 1e27 passed validation, was persisted, and the decimal overflow in the account restarted it forever.
        var reply = await _api.PostRawAsync("api/orders",
            """{"clientOrderId":"huge-1","accountId":"HUGE-1","instrument":"SIM:SPX","side":"buy","quantity":1000000000000000000000000000,"referencePrice":100}""");
        Assert.Equal(422, reply.Status);
        Assert.Equal("quantity-above-maximum", Code(reply));

        // Arithmetic the ledger cannot hold is refused, not crashed on: the second deposit would overflow the cash balance.
        Accepted(await _api.PostAsync("api/accounts/HUGE-1/deposit", new { transferId = "max-1", currency = "EUR", amount = decimal.MaxValue }));
        var overflow = await _api.PostAsync("api/accounts/HUGE-1/deposit", new { transferId = "max-2", currency = "EUR", amount = decimal.MaxValue });
        Assert.Equal(422, overflow.Status);
        Assert.Equal("command-failed", Code(overflow));
        Accepted(await _api.PostAsync("api/accounts/HUGE-1/deposit", new { transferId = "usd-2", currency = "USD", amount = 5m }));
        var account = await _api.AccountWhenAsync("HUGE-1", a => In(a.GetProperty("cash"), "USD") == 1_005m, "takes a deposit after the refusals");
        Assert.Equal(decimal.MaxValue, In(account.GetProperty("cash"), "EUR"));
    }

    [Fact]
    public async Task A_bar_from_the_future_is_refused_and_the_venue_still_takes_the_next_real_bar()
    {
        await _api.PushBarAsync("SIM:SPX", 100m, 101m, 99m, 100m);
        var future = await _api.PostAsync("api/instruments/SIM:SPX/bars",
            new { openTime = DateTime.UtcNow.AddYears(5), interval = "1d", open = 100m, high = 101m, low = 99m, close = 100m, volume = 1000m });
        Assert.Equal(422, future.Status);
        Assert.Equal("bar-in-future", Code(future));

        // Before, the venue kept the future bar as its last and silently dropped every real bar after it.
        var status = await _api.PushBarAsync("SIM:SPX", 102m, 103m, 101m, 102m);
        Assert.Equal(102m, status.GetProperty("lastPrice").GetDecimal());
        var stale = await _api.PostAsync("api/instruments/SIM:SPX/bars",
            new { openTime = new DateTime(2000, 1, 3, 0, 0, 0, DateTimeKind.Utc), interval = "1d", open = 1m, high = 1m, low = 1m, close = 1m, volume = 1m });
        Assert.Equal(409, stale.Status);
        Assert.Equal("stale-bar", Code(stale));

        var (_, counters) = await node.GetAsync("api/counters");
        Assert.True(Count(counters, "rejected/instrument/bar-in-future") >= 1);
        Assert.True(Count(counters, "rejected/instrument/stale-bar") >= 1);
    }

    private static long Count(JsonElement counters, string key) => counters.TryGetProperty(key, out var n) ? n.GetInt64() : 0;
}
