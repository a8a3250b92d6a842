using System.Diagnostics;
using System.Text.Json;
using Hive.Actors.Entities;
using Hive.Cluster.Drills;
using Hive.Core.Drills;
using Hive.Core.Orders;
using Xunit.Abstractions;

namespace Hive.Integration.Tests;

/// <summary>
/// SIGKILL a one-node SQLite cluster (a real <c>hive node</c> process, the drills' harness) in the middle of a replay
/// (strategies trading, limit orders resting at the venue), start a fresh process on the same journal: balances, positions,
/// open orders and the venue's book are what they were, the strategies run again by themselves, and the replay can go on.
/// Prints how long recovery took.
/// </summary>
public sealed class PaperRecoverySpecs(ITestOutputHelper output) : IDisposable
{
    private const string Spx = "SIM:SPX";
    private const string Account = "paper";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    // What the account entity holds and its replay must give back; buying power and equity follow from them and the marks.
    private static readonly string[] Ledger = ["cash", "fees", "realizedPnl", "positions", "reservations", "fillsBooked"];
    private readonly string _work = Directory.CreateTempSubdirectory("hive-recovery-").FullName;
    private int _day;

    [Fact]
    public async Task After_a_killed_process_mid_replay_balances_positions_and_open_orders_are_what_they_were()
    {
        var strategies = Enumerable.Range(0, 3).Select(i => $"paper-{i}").ToList();
        var resting = Enumerable.Range(0, 5).Select(i => $"rest-{i}").ToList();
        using var nodes = new DrillNodes(_work, Convert.ToHexString(Guid.NewGuid().ToByteArray()), postgres: null);
        await nodes.StartAsync(1, TimeSpan.FromSeconds(120), CancellationToken.None);
        var node = nodes.All[0];

        await PostAsync(node, $"api/accounts/{Account}/open", new { type = "cash" });
        await PostAsync(node, $"api/accounts/{Account}/deposit", new { transferId = "seed", currency = "USD", amount = 1_000_000m });
        for (var i = 0; i < strategies.Count; i++)
            await PostAsync(node, $"api/strategies/{strategies[i]}/start", new
            {
                kind = "sma-cross", accountId = Account,
                parameters = new Dictionary<string, string> { ["instrument"] = Spx, ["fast"] = "2", ["slow"] = $"{3 + i}", ["quantity"] = "10" },
            });
        foreach (var id in resting)
            await PostAsync(node, "api/orders", new { clientOrderId = id, accountId = Account, instrument = Spx, side = "buy", type = "limit", quantity = 1m, limitPrice = 1m });

        // "Replay": the S&P 500's first year of closes, one bar after the other as the venue takes them.
        for (; _day < 120; _day++)
        {
            await PostAsync(node, $"api/instruments/{Spx}/bars", Bar(_day));
            // The pace of the replay: the strategies answer a bar before the next comes.
            await Task.Delay(20);
        }
        var ordersBefore = await SettledAsync(node, resting);
        var before = await GetAsync(node, $"api/accounts/{Account}");
        var venueBefore = await GetAsync(node, $"api/instruments/{Spx}");
        // The venue saves its market state at most once a second; a crash sooner would resume the replay a bar earlier.
        await Task.Delay(InstrumentEntity.SnapshotInterval * 2);
        node.Kill();
        Assert.True(ordersBefore.Count(o => o.Status == nameof(OrderStatus.Filled)) >= 4, "the strategies should have traded before the crash");

        var clock = Stopwatch.StartNew();
        var again = nodes.Add(seeds: "");
        await again.WaitReadyAsync(Patience, CancellationToken.None);
        var after = await GetAsync(again, $"api/accounts/{Account}");
        var venueAfter = await GetAsync(again, $"api/instruments/{Spx}");
        output.WriteLine($"recovery: a fresh process ready and account + venue recovered {clock.Elapsed.TotalSeconds:0.00} s after start " +
                         $"({before.GetProperty("fillsBooked")} fills booked, {ordersBefore.Count} orders)");

        foreach (var field in Ledger) Assert.Equal(before.GetProperty(field).GetRawText(), after.GetProperty(field).GetRawText());
        Assert.Equal((venueBefore.GetProperty("lastBarTime").GetRawText(), venueBefore.GetProperty("lastPrice").GetRawText()),
            (venueAfter.GetProperty("lastBarTime").GetRawText(), venueAfter.GetProperty("lastPrice").GetRawText()));
        // The venue keeps no book in its journal: its working orders route themselves back when it restarts.
        var working = venueBefore.GetProperty("workingOrders").GetInt32();
        await WaitAsync(async () => (await GetAsync(again, $"api/instruments/{Spx}")).GetProperty("workingOrders").GetInt32() == working,
            $"the venue's {working} resting orders back");
        Assert.Equal(ordersBefore, await OrdersAsync(again));
        Assert.Equal(resting.Count, ordersBefore.Count(o => !OrderTransitions.IsTerminal(Enum.Parse<OrderStatus>(o.Status))));
        // Remembered, the strategies start again by themselves on the fresh process.
        await WaitAsync(async () => (await again.HostedAsync("strategy", CancellationToken.None)).ToHashSet().IsSupersetOf(strategies),
            "the strategies running again");

        // The replay goes on: a resting order still fills when the market comes down to it.
        await PostAsync(again, $"api/instruments/{Spx}/bars", new { openTime = OpenTime(_day), interval = "1d", open = 0.9m, high = 1.2m, low = 0.5m, close = 1m, volume = 1e9m });
        await WaitAsync(async () => (await GetAsync(again, $"api/orders/{resting[0]}")).GetProperty("status").GetString() == nameof(OrderStatus.Filled),
            "a resting order filled after recovery");
    }

    /// <summary>What the read side shows of each order of the account.</summary>
    private sealed record OrderSeen(string OrderId, string Status, decimal FilledQuantity, int Fills);

    /// <summary>Pushes bars until the strategies' market orders have filled (only the resting limits open), the account booked
    /// every fill and the read side has caught up with the journal.</summary>
    private async Task<List<OrderSeen>> SettledAsync(DrillNode node, IReadOnlyList<string> resting)
    {
        List<OrderSeen> orders = [];
        var booked = "";
        await WaitAsync(async () =>
        {
            orders = await OrdersAsync(node);
            booked = (await GetAsync(node, $"api/accounts/{Account}")).GetProperty("fillsBooked").GetRawText();
            var counters = await GetAsync(node, "api/counters");
            var caughtUp = counters.EnumerateObject().Where(c => c.Name.EndsWith("/events-behind", StringComparison.Ordinal)).All(c => c.Value.GetInt64() == 0);
            if (caughtUp && booked == $"{orders.Sum(o => o.Fills)}"
                && orders.All(o => OrderTransitions.IsTerminal(Enum.Parse<OrderStatus>(o.Status)) || resting.Contains(o.OrderId))) return true;
            await PostAsync(node, $"api/instruments/{Spx}/bars", Bar(_day++));
            return false;
        }, "orders settled before the crash", () => $"{booked} fills booked; {string.Join(", ", orders.Where(o => !resting.Contains(o.OrderId)))}");
        return orders;
    }

    private static async Task<List<OrderSeen>> OrdersAsync(DrillNode node) =>
        (await GetAsync(node, $"api/orders?account={Account}&limit=1000")).GetProperty("orders").EnumerateArray()
        .Select(o => new OrderSeen(o.GetProperty("orderId").GetString()!, o.GetProperty("status").GetString()!, o.GetProperty("filledQuantity").GetDecimal(),
            o.GetProperty("fills").GetArrayLength()))
        .OrderBy(o => o.OrderId, StringComparer.Ordinal).ToList();

    private static async Task PostAsync(DrillNode node, string path, object body)
    {
        var (outcome, detail) = await DrillClient.PostAsync(node, path, body, CancellationToken.None);
        Assert.True(outcome == DrillOutcome.Ok, $"POST {path}: {detail}");
    }

    private static async Task<JsonElement> GetAsync(DrillNode node, string path)
    {
        using var doc = JsonDocument.Parse(await node.Http.GetStringAsync(path));
        return doc.RootElement.Clone();
    }

    private static Task WaitAsync(Func<Task<bool>> condition, string what, Func<string>? last = null) =>
        TestSupport.Eventually.HoldsAsync(async () =>
        {
            try
            {
                return await condition();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return false; // the node is busy recovering: ask again
            }
        }, () => $"not {what} within {Patience.TotalSeconds:0} s{(last is null ? "" : $"; last seen: {last()}")}", Patience, TimeSpan.FromMilliseconds(200));

    private static DateTime OpenTime(int day) => new DateTime(2000, 1, 3, 0, 0, 0, DateTimeKind.Utc).AddDays(day);

    private static object Bar(int day)
    {
        // A smooth up-and-down market between 1,300 and 1,500 so the averages cross every few weeks.
        var close = 1400m + Math.Round(100m * (decimal)Math.Sin(day / 6.0), 2);
        return new { openTime = OpenTime(day), interval = "1d", open = close, high = close + 5m, low = close - 5m, close, volume = 1e9m };
    }

    public void Dispose()
    {
        try { Directory.Delete(_work, true); } catch (IOException) { }
    }
}
