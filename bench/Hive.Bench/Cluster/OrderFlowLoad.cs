using System.Diagnostics;
using Hive.Actors.Diagnostics;
using Hive.Actors.Protocol;
using Hive.Bench.Journal;
using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.OrderFlow;
using Hive.Core.Trading;
using Hive.TestSupport;

namespace Hive.Bench.Cluster;

/// <summary>
/// End to end on one node with SQLite: limit orders (resting, so every one stays working at the venue) from
/// submit to venue acknowledgement, every transition persisted (order submitted, hold reserved at the account,
/// routed and accepted at the venue, report consumed). First as fast as the node takes them; then open loop at
/// half that rate, timing a sample of orders from submit until their order entity shows Accepted.
/// </summary>
public static class OrderFlowLoad
{
    private static readonly InstrumentId Spx = InstrumentId.Parse("SIM:SPX");

    public static async Task RunAsync(string dir, int orders, int concurrency)
    {
        var journal = Environment.GetEnvironmentVariable("HIVE_BENCH_JOURNAL") ?? "sqlite";
        var orderPathEvents = await OrdersAsync(dir, journal, orders, concurrency);

        // The same journal alone, on a fresh database, is the most the order path could get out of it.
        var ceiling = await JournalCeiling.MeasureAsync(await JournalLoad.SettingsAsync(journal, dir));
        Console.WriteLine($"orders: order path wrote {orderPathEvents:N0} entity events/s (sharding's own writes not counted); " +
                          $"{journal} journal ceiling {ceiling.EventsPerSecond:N0} events/s; ratio {orderPathEvents / ceiling.EventsPerSecond:P0}");
    }

    /// <summary>Runs the orders on a node and returns the entity events per second the order path persisted.</summary>
    private static async Task<double> OrdersAsync(string dir, string journal, int orders, int concurrency)
    {
        await using var node = await TestNode.StartAsync(await JournalLoad.SettingsAsync(journal, dir));
        await ClusterLoadGenerator.Warm(node);
        const int accounts = 100;
        await Task.WhenAll(Enumerable.Range(0, accounts).Select(async i =>
        {
            var id = new AccountId($"acc-{i}");
            await node.Gateway.Ask(new OpenAccount(id, AccountType.Cash), TimeSpan.FromSeconds(60));
            await node.Gateway.Ask(new DepositFunds(id, "seed", "USD", 1_000_000_000m), TimeSpan.FromSeconds(60));
        }));
        await node.Gateway.Ask(new ApplyBar(new Bar(Spx, new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc), BarInterval.OneDay, 100m, 101m, 99m, 100m, 1e6m)));

        var eventsBefore = PersistedEvents();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < orders)
                if (await node.Gateway.Ask(new PlaceOrder(Order($"max-{i}", i)), TimeSpan.FromSeconds(60)) is not CommandAccepted reply)
                    throw new InvalidOperationException($"order {i} refused");
        }));
        var submitted = clock.Elapsed;
        while (((VenueStatus)await node.Gateway.Ask(new GetVenue(Spx), TimeSpan.FromSeconds(60))).WorkingOrders < orders)
            await Task.Delay(20);
        var acknowledged = clock.Elapsed;
        var orderPathEvents = (PersistedEvents() - eventsBefore) / acknowledged.TotalSeconds;
        var rate = orders / acknowledged.TotalSeconds;
        Console.WriteLine($"orders: {orders:N0} limit orders, {journal} journal, {concurrency} in flight: submits acknowledged at {orders / submitted.TotalSeconds:N0}/s; " +
                          $"all working at the venue after {acknowledged.TotalSeconds:0.0} s = {rate:N0} orders/s end to end");
        await OpenLoopAsync(node, rate, orders);
        return orderPathEvents;
    }

    private static long PersistedEvents() =>
        HiveCounters.Snapshot().Where(c => c.Key.StartsWith("persisted/", StringComparison.Ordinal)).Sum(c => c.Value);

    /// <summary>Open loop at half the node's rate; every 10th order is timed until its entity shows the venue's acceptance.</summary>
    private static async Task OpenLoopAsync(TestNode node, double rate, int orders)
    {

        var half = Math.Max(1, rate / 2);
        var count = Math.Min(orders, (int)(half * 10));
        var latencies = new List<double>();
        var tracked = new List<Task>();
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(i / half * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < due) await Task.Yield();
            var id = $"half-{i}";
            var sent = Stopwatch.GetTimestamp();
            var place = node.Gateway.Ask(new PlaceOrder(Order(id, i)), TimeSpan.FromSeconds(60));
            if (i % 10 == 0)
                tracked.Add(Task.Run(async () =>
                {
                    await place;
                    while (((OrderFlowState)await node.Gateway.Ask(new GetOrder(new ClientOrderId(id)))).Order.Status != OrderStatus.Accepted)
                        await Task.Delay(1);
                    lock (latencies) latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                }));
        }
        await Task.WhenAll(tracked);
        latencies.Sort();
        Console.WriteLine($"orders at half rate ({half:N0}/s, {count:N0} orders, {latencies.Count} timed): submit to venue acknowledgement " +
                          $"p50 {latencies[latencies.Count / 2]:0.0} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:0.0} ms");
    }

    private static OrderRequest Order(string id, int i) =>
        new(new ClientOrderId(id), new AccountId($"acc-{i % 100}"), Spx, OrderSide.Buy, OrderType.Limit, 1m, 50m + i % 100 * 0.01m);
}
