using System.Text.Json;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests;

/// <summary>Parent orders on a real node that learn from the market: VWAP and implementation shortfall from the node's lake
/// at submit, POV from the venue's bars as they come, limit children re-priced after a number of bars. Each places children
/// sized by its own rule, and its filled total equals the children's fills on the read side.</summary>
public sealed class AlgoMarketSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private const string Spx = "SIM:SPX";
    private const string Btc = "SIMX:BTC-USDT";
    private readonly TradingApi _api = new(node);

    private async Task<string> FundedAccountAsync(string account, string currency = "USD")
    {
        Accepted(await _api.PostAsync($"api/accounts/{account}/open", new { type = "cash", leverage = 1m }));
        Accepted(await _api.PostAsync($"api/accounts/{account}/deposit", new { transferId = $"{account}-funding", currency, amount = 10_000_000m }));
        await _api.WithoutCollarAsync(account);
        return account;
    }

    private Task<(int Status, JsonElement Body)> SubmitAsync(string id, string type, string account, string instrument, decimal quantity,
        DateTime start, DateTime end, Dictionary<string, string> parameters) =>
        _api.PostAsync("api/algos", new { algoId = id, type, accountId = account, instrument, side = "buy", quantity, start, end, parameters });

    /// <summary>A funded account's parent on SIM:SPX at 4,500, its window from a few seconds ago (so every bar heard from now
    /// on counts in it) to two minutes on.</summary>
    private async Task SpxParentAsync(string id, string type, decimal quantity, Dictionary<string, string> parameters)
    {
        var account = await FundedAccountAsync(id.ToUpperInvariant());
        await _api.PushBarAsync(Spx, 4500m, 4500m, 4500m, 4500m);
        var now = DateTime.UtcNow;
        Accepted(await SubmitAsync(id, type, account, Spx, quantity, now.AddSeconds(-5), now.AddMinutes(2), parameters));
    }

    private static List<decimal> Quantities(JsonElement algo, string list) =>
        algo.GetProperty(list).EnumerateArray().Select(c => c.GetProperty("quantity").GetDecimal()).ToList();

    private static string Status(JsonElement algo) => algo.GetProperty("status").GetString()!;

    private static int Children(JsonElement algo) => algo.GetProperty("children").GetArrayLength();

    [Fact]
    public async Task A_vwap_slices_follow_the_volume_profile_of_the_nodes_lake_and_its_total_equals_its_childrens_fills()
    {
        var account = await FundedAccountAsync("VWAP-1", "USDT");
        // The window holds two one-minute buckets: the one starting now (due at once) and the next minute's, at least 3 s away.
        var now = DateTime.UtcNow;
        var next = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc).AddMinutes(now.Second >= 57 ? 2 : 1);
        var (start, end) = (next.AddMinutes(-1), next);
        // Three earlier days of minute bars: the start bucket carried 100, the next 300, every other minute 1,000.
        var days = Enumerable.Range(2, 3).Reverse().Select(d => now.Date.AddDays(-d));
        await _api.WriteMinuteBarsAsync(InstrumentId.Parse(Btc), AssetClass.Crypto, days.SelectMany(d => Enumerable.Range(0, 1440).Select(m => d.AddMinutes(m))),
            t => t.TimeOfDay == start.TimeOfDay ? 100m : t.TimeOfDay == end.TimeOfDay ? 300m : 1000m, 100m);
        await _api.PushBarAsync(Btc, 100m, 100m, 100m, 100m);

        Accepted(await SubmitAsync("vwap-1", "vwap", account, Btc, 100m, start, end, []));
        var done = await _api.AlgoWhileBarsAsync("vwap-1", Btc, 100m, a => Status(a) == "completed", "completes", seconds: 90);

        var schedule = Quantities(done, "schedule");
        Assert.Equal(2, schedule.Count);
        Assert.Equal(100m, schedule.Sum());
        // 1 : 3, within the lot (0.00001) the cumulative rounding moves.
        Assert.InRange(schedule[0], 24.99999m, 25.00001m);
        Assert.Equal(schedule, Quantities(done, "children"));
        Assert.Equal(100m, done.GetProperty("filled").GetDecimal());
        Assert.Equal(100m, await _api.ChildFillsAsync(done));
    }

    [Fact]
    public async Task An_implementation_shortfall_is_front_loaded_on_the_almgren_chriss_trajectory_and_its_total_equals_its_childrens_fills()
    {
        var account = await FundedAccountAsync("IS-1");
        var now = DateTime.UtcNow;
        await _api.WriteMinuteBarsAsync(InstrumentId.Parse(Spx), AssetClass.Stock, Enumerable.Range(1, 100).Select(m => now.AddHours(-2).AddMinutes(m)), _ => 1000m, 4500m);
        await _api.PushBarAsync(Spx, 4500m, 4500m, 4500m, 4500m);
        var (start, end) = (now.AddSeconds(1), now.AddSeconds(5));

        // κ = √(λσ²/η) = √(1 · (0.01 · 4500)² / 2.25) = 30 per one-minute bar; over 4 s (1/15 bar) κT = 2. Holdings left after
        // each quarter: 100 · sinh(2 − k/2)/sinh(2) = 58.7, 32.4, 14.4, 0, so the floored slices are 41, 26, 18, 15.
        Accepted(await SubmitAsync("is-1", "is", account, Spx, 100m, start, end,
            new() { ["slices"] = "4", ["risk-aversion"] = "1", ["volatility"] = "0.01", ["impact"] = "2.25" }));
        var done = await _api.AlgoWhileBarsAsync("is-1", Spx, 4500m, a => Status(a) == "completed", "completes");

        Assert.Equal([41m, 26m, 18m, 15m], Quantities(done, "schedule"));
        Assert.Equal([41m, 26m, 18m, 15m], Quantities(done, "children"));
        Assert.Equal(100m, await _api.ChildFillsAsync(done));
    }

    [Fact]
    public async Task A_pov_keeps_its_share_of_the_volume_the_venue_shows_and_catching_up_is_capped_by_the_bars_volume()
    {
        await SpxParentAsync("pov-1", "pov", 1000m, new() { ["participation"] = "0.2", ["max-child-share"] = "0.25" });

        async Task<JsonElement> BarThen(decimal volume, Func<JsonElement, bool> condition, string what)
        {
            await _api.PushBarAsync(Spx, 4500m, 4500m, 4500m, 4500m, volume);
            return await _api.WhenAsync("api/algos/pov-1", condition, what);
        }

        await BarThen(100m, a => Children(a) == 1, "sends 0.2 of the first bar's 100");
        var second = await BarThen(300m, a => Children(a) == 2, "sends its share of the second bar");
        // 0.2 × (100 + 300) = 80 committed.
        Assert.Equal([20m, 60m], Quantities(second, "children"));
        Accepted(await _api.PostAsync("api/algos/pov-1/pause", new { reason = "desk" }));
        await BarThen(1000m, a => a.GetProperty("observedVolume").GetDecimal() == 1400m, "counts the volume while paused");
        Accepted(await _api.PostAsync("api/algos/pov-1/resume", new { }));
        // 0.2 × 1,500 = 300 due, 80 done: 220 wanted, but no child above 0.25 × the bar's 100.
        var caught = await BarThen(100m, a => Children(a) == 3, "catches up after the resume");
        Assert.Equal([20m, 60m, 25m], Quantities(caught, "children"));
        Assert.Equal(1500m, caught.GetProperty("observedVolume").GetDecimal());

        // Paused, the next bar only fills the third child.
        Accepted(await _api.PostAsync("api/algos/pov-1/pause", new { reason = "desk" }));
        await BarThen(100m, a => a.GetProperty("filled").GetDecimal() == 105m, "fills its third child");
        Accepted(await _api.PostAsync("api/algos/pov-1/cancel", new { }));
        var cancelled = await _api.WhenAsync("api/algos/pov-1", a => Status(a) == "cancelled", "is cancelled");
        Assert.Equal(105m, await _api.ChildFillsAsync(cancelled));
    }

    [Fact]
    public async Task A_limit_child_not_filled_is_replaced_at_the_new_price_after_its_bars_and_a_replace_racing_a_fill_never_over_fills()
    {
        await SpxParentAsync("limit-1", "twap", 30m, new() { ["slices"] = "1", ["placement"] = "limit", ["reprice-bars"] = "1" });
        var first = await _api.WhenAsync("api/algos/limit-1", a => Children(a) == 1, "rests its child at the last price");
        Assert.Equal(4500m, first.GetProperty("children")[0].GetProperty("limitPrice").GetDecimal());
        await _api.OrderInStatusAsync("limit-1-1", "Accepted");

        // The market moves away: the child rests a bar unfilled, is cancelled and what it left goes again at the new last price.
        await _api.PushBarAsync(Spx, 4510m, 4512m, 4505m, 4508m);
        var replaced = await _api.WhenAsync("api/algos/limit-1", a => Children(a) == 2, "replaces its child");
        await _api.OrderInStatusAsync("limit-1-1", "Cancelled");
        Assert.Equal((30m, 4508m), (replaced.GetProperty("children")[1].GetProperty("quantity").GetDecimal(),
            replaced.GetProperty("children")[1].GetProperty("limitPrice").GetDecimal()));
        await _api.OrderInStatusAsync("limit-1-2", "Accepted");

        // This bar both fills the new child and is its bar of rest: the withdrawal races the fill and loses; nothing is sent again.
        await _api.PushBarAsync(Spx, 4508m, 4509m, 4500m, 4504m);
        var done = await _api.WhenAsync("api/algos/limit-1", a => Status(a) == "completed", "completes");
        for (var i = 0; i < 3; i++) await _api.PushBarAsync(Spx, 4504m, 4504m, 4504m, 4504m);
        var after = (await node.GetAsync("api/algos/limit-1")).Body;
        Assert.Equal(2, Children(after));
        Assert.Equal((30m, 4508m), (after.GetProperty("filled").GetDecimal(), after.GetProperty("averagePrice").GetDecimal()));
        Assert.Equal(30m, await _api.ChildFillsAsync(done));
    }

    [Fact]
    public async Task A_parent_that_learned_from_the_lake_replays_the_same_schedule_after_a_restart_even_with_the_lake_gone()
    {
        const string Eur = "SIMFX:EUR-USD";
        var now = DateTime.UtcNow;
        // The last close and the volume the default impact is derived from (η = 0.0005 · 1.1 / (0.01 · 5,000)): κT ≈ 0.63 over the hour.
        await _api.WriteMinuteBarsAsync(InstrumentId.Parse(Eur), AssetClass.Forex, Enumerable.Range(1, 120).Select(m => now.AddHours(-3).AddMinutes(m)), _ => 5000m, 1.1m);
        await _api.PushBarAsync(Eur, 1.1m, 1.1m, 1.1m, 1.1m);
        Accepted(await SubmitAsync("is-restart", "is", "IS-RESTART", Eur, 100_000m, now.AddHours(1), now.AddHours(2),
            new() { ["slices"] = "5", ["risk-aversion"] = "0.001", ["volatility"] = "0.001" }));
        var before = Quantities((await node.GetAsync("api/algos/is-restart")).Body, "schedule");

        Directory.Delete(Path.Combine(node.DataDir, "lake"), recursive: true);
        await node.RestartAsync();
        var after = await _api.WhenAsync("api/algos/is-restart", a => Status(a) == "working", "is back, working");

        Assert.Equal(5, before.Count);
        Assert.Equal(100_000m, before.Sum());
        Assert.Equal(before, Quantities(after, "schedule"));
        Accepted(await _api.PostAsync("api/algos/is-restart/cancel", new { }));
    }

    [Theory]
    [InlineData("vwap", "lookback", "0", "lookback")]
    [InlineData("pov", "participation", "1.5", "participation")]
    [InlineData("pov", "min-participation", "0.5", "min-participation")]
    [InlineData("is", "risk-aversion", "-1", "risk-aversion")]
    [InlineData("twap", "placement", "pegged", "placement")]
    [InlineData("twap", "reprice-bars", "0", "reprice-bars")]
    public async Task Bad_parameters_of_the_market_algorithms_are_refused_naming_the_field(string type, string name, string value, string named)
    {
        await _api.PushBarAsync(Spx, 4500m, 4500m, 4500m, 4500m);
        var id = $"bad-{type}-{name}";
        var reply = await SubmitAsync(id, type, "BAD-MK", Spx, 10m, DateTime.UtcNow, DateTime.UtcNow.AddMinutes(5), new() { [name] = value });

        Assert.Equal((422, "invalid-parameter"), (reply.Status, Code(reply)));
        Assert.Contains(named, reply.Body.GetProperty("message").GetString());
        Assert.Equal(404, (await node.GetAsync($"api/algos/{id}")).Status);
    }

    [Fact]
    public async Task A_vwap_on_an_instrument_the_lake_has_no_history_of_is_refused_saying_so()
    {
        var reply = await SubmitAsync("vwap-nohistory", "vwap", "BAD-MK", "SIMFX:EUR-USD", 1000m, DateTime.UtcNow, DateTime.UtcNow.AddMinutes(5), []);

        Assert.Equal((422, "invalid-parameter"), (reply.Status, Code(reply)));
        Assert.Contains("no bars of SIMFX:EUR-USD", reply.Body.GetProperty("message").GetString());
    }
}
