using System.Text.Json;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests;

/// <summary>A strategy on a real node hands a target to an algorithm (<c>execute-once</c>): the parent is submitted to the
/// <c>algo</c> region under the strategy's algo id, its children are ordinary orders filled by the venue's bars, and a
/// stopped strategy cancels its working parent.</summary>
public sealed class StrategyExecutionSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private const string Spx = "SIM:SPX";
    private const string Btc = "SIMX:BTC-USDT";
    private readonly TradingApi _api = new(node);

    private async Task StartAsync(string strategy, string account, decimal quantity, string duration, string algoParameters,
        string algo = "twap", string instrument = Spx)
    {
        await _api.OpenFundedAsync(account, 10_000_000m);
        await _api.WithoutCollarAsync(account);
        await _api.PushBarAsync(Spx, 4500m, 4510m, 4490m, 4500m);
        Accepted(await _api.PostAsync($"api/strategies/{strategy}/start", new
        {
            kind = "execute-once", accountId = account,
            parameters = new { instrument, algo, quantity = quantity.ToString(System.Globalization.CultureInfo.InvariantCulture), duration, algoParameters },
        }));
        await _api.WhenAsync($"api/strategies/{strategy}", s => s.GetProperty("running").GetBoolean(), $"strategy {strategy} runs");
    }

    /// <summary>Pushes a bar every 200 ms (the strategy hands its target over on the first; each fills the children sent
    /// before it at its open) until the parent satisfies the condition.</summary>
    private async Task<JsonElement> AlgoWhileBarsAsync(string id, Func<JsonElement, bool> condition, string what, string instrument = Spx, decimal price = 4500m)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var (status, algo) = await node.GetAsync($"api/algos/{id}");
            if (status == 200 && condition(algo)) return algo;
            Assert.True(DateTime.UtcNow < deadline, $"algo {id} {what}: not within 30 s; last answer {status} {algo}");
            await _api.PushBarAsync(instrument, price, price + 10m, price - 10m, price);
            await Task.Delay(200);
        }
    }

    private static string Status(JsonElement algo) => algo.GetProperty("status").GetString()!;

    [Fact]
    public async Task A_strategys_twap_completes_on_the_node_and_its_childrens_fills_sum_to_the_quantity()
    {
        await StartAsync("exec-twap", "EXEC-TWAP", 30m, "00:00:03", "slices=3");

        var done = await AlgoWhileBarsAsync("exec-twap-p1", a => Status(a) == "completed", "completes");

        Assert.Equal((30m, 0m, 4500m), (done.GetProperty("filled").GetDecimal(), done.GetProperty("remaining").GetDecimal(), done.GetProperty("arrivalPrice").GetDecimal()));
        var children = done.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("clientOrderId").GetString()!).ToList();
        Assert.Equal(["exec-twap-p1-1", "exec-twap-p1-2", "exec-twap-p1-3"], children);
        var fills = 0m;
        foreach (var child in children)
        {
            var order = await _api.OrderInStatusAsync(child, "Filled");
            Assert.Equal("EXEC-TWAP", order.GetProperty("accountId").GetString());
            var listed = await _api.WhenAsync($"api/fills?order={child}", f => f.GetProperty("count").GetInt32() > 0, $"fills of {child} are on the read side");
            fills += listed.GetProperty("fills").EnumerateArray().Sum(f => f.GetProperty("quantity").GetDecimal());
        }
        Assert.Equal(30m, fills);
        // The strategy handed over one parent and sent no order of its own.
        var (_, own) = await node.GetAsync("api/orders?strategy=exec-twap&limit=10");
        Assert.Equal(0, own.GetProperty("orders").GetArrayLength());
    }

    [Fact]
    public async Task A_stopped_strategy_cancels_its_working_parent()
    {
        await StartAsync("exec-stop", "EXEC-STOP", 20m, "00:10:00", "slices=2");
        var working = await AlgoWhileBarsAsync("exec-stop-p1", a => a.GetProperty("filled").GetDecimal() == 10m, "fills its first slice");
        Assert.Equal("working", Status(working));

        Accepted(await _api.PostAsync("api/strategies/exec-stop/stop", new { reason = "desk review" }));

        var cancelled = await _api.WhenAsync("api/algos/exec-stop-p1", a => Status(a) == "cancelled", "is cancelled");
        Assert.Equal((10m, 10m), (cancelled.GetProperty("filled").GetDecimal(), cancelled.GetProperty("remaining").GetDecimal()));
        Assert.Single(cancelled.GetProperty("children").EnumerateArray());
    }

    [Fact]
    public async Task A_strategys_vwap_learns_its_schedule_from_the_nodes_lake_exactly_as_an_api_submission_of_its_window_does()
    {
        // Three earlier days of minute bars, each minute of the day with its own volume (1,000 + the minute).
        var today = DateTime.UtcNow.Date;
        await _api.WriteMinuteBarsAsync(InstrumentId.Parse(Btc), AssetClass.Crypto,
            Enumerable.Range(1, 3).Reverse().SelectMany(d => Enumerable.Range(0, 1440).Select(m => today.AddDays(-d).AddMinutes(m))),
            t => 1000m + (decimal)t.TimeOfDay.TotalMinutes, 100m);
        await StartAsync("exec-vwap", "EXEC-VWAP", 10m, "00:03:00", "", algo: "vwap", instrument: Btc);

        var parent = await AlgoWhileBarsAsync("exec-vwap-p1", a => a.GetProperty("slices").GetInt32() > 0, "is planned", Btc, 100m);
        Accepted(await _api.PostAsync("api/algos", new
        {
            algoId = "api-vwap", type = "vwap", accountId = "EXEC-VWAP", instrument = Btc, side = "buy", quantity = 10m,
            start = parent.GetProperty("start").GetDateTime(), end = parent.GetProperty("end").GetDateTime(), parameters = new Dictionary<string, string>(),
        }));
        var submitted = (await node.GetAsync("api/algos/api-vwap")).Body;

        // A three-minute window over minute buckets: three slices or four, weighted by each minute's volume, the same for both.
        var schedule = parent.GetProperty("schedule").EnumerateArray().ToList();
        Assert.InRange(schedule.Count, 3, 4);
        Assert.Equal(10m, schedule.Sum(s => s.GetProperty("quantity").GetDecimal()));
        Assert.Equal(parent.GetProperty("schedule").GetRawText(), submitted.GetProperty("schedule").GetRawText());
        Accepted(await _api.PostAsync("api/strategies/exec-vwap/stop", new { reason = "test over" }));
        Accepted(await _api.PostAsync("api/algos/api-vwap/cancel", new { }));
        await _api.WhenAsync("api/algos/exec-vwap-p1", a => Status(a) == "cancelled", "is cancelled with its strategy");
    }
}
