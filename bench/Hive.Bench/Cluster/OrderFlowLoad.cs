using System.Runtime;
using System.Diagnostics;
using Akka.Actor;
using Hive.Actors.Diagnostics;
using Hive.Actors.Entities;
using Hive.Actors.Protocol;
using Hive.Actors.ReadModel;
using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.OrderFlow;
using Hive.Bench.Journal;
using Hive.TestSupport;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Bench.Cluster;

/// <summary>
/// End to end on one node: filled market orders, from submit to the fill booked at the account (submit → persisted →
/// hold → venue → fill at the next bar → booked), every step persisted as the product does it. A pacer pushes a minute
/// bar every <see cref="BarPacer.BarEvery"/> (market orders fill at the next bar's open), with volume enough for every order.
/// After a warm-up that lasts until the JIT has settled (<see cref="WarmUpAsync"/>), first as fast as the node takes them (256 in flight); then open loop at half that rate, timing every 50th order from
/// submit until its fill is booked and it owes nothing; then the same journal alone (<see cref="JournalCeiling"/>), so the
/// order path's share of the journal's capacity is printed. Journal: HIVE_BENCH_JOURNAL=sqlite (default) | sqlite-plugin | postgres | inmem.
/// HIVE_BENCH_WEBHOOK=dead runs it beside an alert webhook that never answers (<see cref="DeadWebhook"/>).
/// </summary>
public static class OrderFlowLoad
{
    private const int Accounts = 100;
    // Every 50th order of the open loop is timed: each timed order polls its entity every millisecond, and polling more of
    // them would load the node it measures.
    private const int SampleEvery = 50;
    // The warm-up runs rounds of orders until the JIT has settled: on two cores, re-compiling the hot code with its profile
    // (tiered compilation) takes the first minute of load, 60,000-80,000 orders, and took a third of the CPU meanwhile.
    private const int WarmUpRound = 5_000;
    private const int MinWarmUpOrders = 20_000;
    private const int MaxWarmUpOrders = 200_000;
    private const int SettledJitMethods = 100;

    /// <summary>How long the half-rate run is timed: 30 s gives ~800 timed orders at 1,300/s, so the p99 is not one sample.</summary>
    private const int HalfRateSeconds = 30;

    /// <param name="latencyRate">The open loop's rate; by default half the rate the node reached.</param>
    public static async Task RunAsync(string dir, int orders, int concurrency, double? latencyRate = null)
    {
        var journal = Environment.GetEnvironmentVariable("HIVE_BENCH_JOURNAL") ?? "sqlite";
        var orderPathEvents = await OrdersAsync(dir, journal, orders, concurrency, latencyRate: latencyRate);

        // The same journal alone, on a fresh database, is the most the order path could get out of it.
        var ceiling = await JournalCeiling.MeasureAsync(await JournalLoad.SettingsAsync(journal, dir));
        Console.WriteLine($"orders: order path wrote {orderPathEvents:N0} entity events/s (sharding's own writes not counted); " +
                          $"{journal} journal ceiling {ceiling.EventsPerSecond:N0} events/s; ratio {orderPathEvents / ceiling.EventsPerSecond:P0}");
    }

    /// <summary>Runs the orders on a node and returns the entity events per second the order path persisted. <paramref name="alongside"/>
    /// starts whatever should run next to the node (the dashboard bench's connected pages) and is disposed with it.</summary>
    internal static async Task<double> OrdersAsync(string dir, string journal, int orders, int concurrency,
        Func<TestNode, Task<IAsyncDisposable>>? alongside = null, double? latencyRate = null)
    {
        var settings = await JournalLoad.SettingsAsync(journal, dir);
        // What the trade-surveillance scans cost the order path: with HIVE_BENCH_SURVEILLANCE=off the scanner keeps its window
        // but scans once an hour.
        if (Environment.GetEnvironmentVariable("HIVE_BENCH_SURVEILLANCE") is "off")
            settings = settings with { Surveillance = settings.Surveillance with { ScanInterval = TimeSpan.FromHours(1) } };
        await using var node = await TestNode.StartAsync(settings);
        await using var gate = await Security.OrderGate.StartAsync(node, Accounts);
        Console.WriteLine($"orders: security {(gate is null ? "off" : "on: each order authenticated, authorized and audited as the HTTP gate does")} (HIVE_BENCH_SECURITY)");
        await using var watchers = alongside is null ? null : await alongside(node);
        await using var deadWebhook = Environment.GetEnvironmentVariable("HIVE_BENCH_WEBHOOK") is "dead" ? await DeadWebhook.StartAsync(node) : null;
        await ClusterLoadGenerator.Warm(node);
        await Task.WhenAll(Enumerable.Range(0, Accounts).Select(async i =>
        {
            var id = new AccountId($"acc-{i}");
            await node.Gateway.Ask(new OpenAccount(id, AccountType.Cash), TimeSpan.FromSeconds(60));
            await node.Gateway.Ask(new DepositFunds(id, "seed", "USDT", 1_000_000_000m), TimeSpan.FromSeconds(60));
        }));
        using var pacer = new BarPacer(node);
        await pacer.NextAsync();

        // Warm-up: the first orders run on code the JIT has not optimised yet; a running node is past that.
        var warmUp = await WarmUpAsync(node, gate, concurrency);

        var persistedBefore = Persisted();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var jitBefore = JitInfo.GetCompiledMethodCount();
        var (submitted, booked) = await ClosedLoopAsync(node, gate, "max", orders, concurrency, warmUp.Orders);
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var jitted = JitInfo.GetCompiledMethodCount() - jitBefore;
        await Task.Delay(200);
        var events = Persisted() - persistedBefore;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var rate = orders / booked.TotalSeconds;
        Console.WriteLine($"orders: warmed up with {warmUp.Orders:N0} orders in {warmUp.Took.TotalSeconds:0} s, until the JIT compiled " +
                          $"{warmUp.LastJitted:N0} methods in a round of {WarmUpRound:N0} (it compiled {jitted:N0} during the run below)");
        Console.WriteLine($"orders: {orders:N0} market orders, {journal} journal, {concurrency} in flight: submits acknowledged at {orders / submitted.TotalSeconds:N0}/s; " +
                          $"all filled and booked after {booked.TotalSeconds:0.0} s = {rate:N0} filled orders/s end to end; " +
                          $"{(double)events / orders:0.00} entity journal events per order = {events / booked.TotalSeconds:N0} events/s; " +
                          $"{allocated / orders / 1024.0:N1} KB allocated and {cpu.TotalMicroseconds / orders:N0} µs of CPU per order " +
                          "(the whole process: node, read side and this load; a database server's own CPU not counted)");

        // Half rate is measured in a steady state: the read side first catches up with the burst (the order groups forget,
        // and look new ids up, through it).
        // (The in-memory journal has no read side: the projection follows the node's SQLite file, which it does not write.)
        if (journal != "inmem")
        {
            var caughtUp = await ReadSideCaughtUpAsync(node, new ClientOrderId($"max-{orders - 1}"));
            Console.WriteLine($"orders: the read side held the last order filled {caughtUp.TotalSeconds:0.0} s after the burst was booked");
        }

        var half = latencyRate ?? Math.Max(1, rate / 2);
        var at = latencyRate is null ? "half rate" : "the asked rate";
        // The open loop's own code (pacing, timing) is new to the JIT too: a short run of it first, not timed.
        await OpenLoopAsync(node, gate, "half-warm", half, (int)(half * 3));
        var count = Math.Min(orders, (int)(half * HalfRateSeconds));
        var (paused, collections, fullCollections) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(2));
        using var writes = new PersistDurations();
        using var stalls = new RuntimeStalls();
        var (latencies, timed) = await OpenLoopAsync(node, gate, "half", half, count);
        Console.WriteLine($"orders at {at} ({half:N0}/s, {count:N0} orders, {latencies.Count} timed, a bar every {BarPacer.BarEvery.TotalMilliseconds} ms): " +
                          $"submit to fill booked p50 {latencies[latencies.Count / 2]:0.0} ms, p90 {latencies[(int)(latencies.Count * 0.9)]:0.0} ms, " +
                          $"p99 {latencies[(int)(latencies.Count * 0.99)]:0.0} ms, max {latencies[^1]:0.0} ms; meanwhile the GC paused the process " +
                          $"{(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms in {GC.CollectionCount(0) - collections} collections " +
                          $"({GC.CollectionCount(2) - fullCollections} full), the last young collection promoted " +
                          $"{GC.GetGCMemoryInfo(GCKind.Ephemeral).PromotedBytes / 1e6:0.0} MB; writes waited {writes}; {stalls}");
        Console.WriteLine($"orders at {at}: {stalls.SlowDuringPauses(timed.Select(t => (t.Sent, t.Ms)).ToList(), 25, 10)}");
        Console.WriteLine($"orders at {at}: {TimedOrder.ByStage(timed, 25)}");
        return events / booked.TotalSeconds;
    }

    /// <summary>Rounds of <see cref="WarmUpRound"/> orders, at least <see cref="MinWarmUpOrders"/> in all, until a round
    /// compiles fewer than <see cref="SettledJitMethods"/> methods (or <see cref="MaxWarmUpOrders"/> have run).</summary>
    private static async Task<(int Orders, TimeSpan Took, int LastJitted)> WarmUpAsync(TestNode node, Security.OrderGate? gate, int concurrency)
    {
        var clock = Stopwatch.StartNew();
        var (placed, jitted) = (0, int.MaxValue);
        while (placed < MaxWarmUpOrders && (placed < MinWarmUpOrders || jitted >= SettledJitMethods))
        {
            var before = JitInfo.GetCompiledMethodCount();
            await ClosedLoopAsync(node, gate, $"warm{placed / WarmUpRound}", WarmUpRound, concurrency, placed);
            (placed, jitted) = (placed + WarmUpRound, (int)(JitInfo.GetCompiledMethodCount() - before));
        }
        return (placed, clock.Elapsed, jitted);
    }

    private static async Task<TimeSpan> ReadSideCaughtUpAsync(TestNode node, ClientOrderId last)
    {
        var queries = new ReadModelQueries(ReadModelDialect.For(node.Settings));
        var clock = Stopwatch.StartNew();
        while ((await queries.OrderAsync(last))?.Status != OrderStatus.Filled) await Task.Delay(50);
        return clock.Elapsed;
    }

    /// <summary>Places <paramref name="count"/> market orders at <paramref name="rate"/> a second (open loop) and times every
    /// <see cref="SampleEvery"/>th from submit until it is filled, booked and owes nothing; returns the sorted times in ms.</summary>
    private static async Task<(List<double> Sorted, List<TimedOrder> Timed)> OpenLoopAsync(TestNode node, Security.OrderGate? gate,
        string prefix, double rate, int count)
    {
        var latencies = new List<double>();
        var timed = new List<TimedOrder>();
        var tracked = new List<Task>();
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            // Paced by a 1 ms timer, not a spin: on two cores a spinning sender takes the CPU the node it measures needs.
            var due = start + (long)(i / rate * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < due) await Task.Delay(1);
            var id = new ClientOrderId($"{prefix}-{i}");
            var (sent, sentAt) = (Stopwatch.GetTimestamp(), DateTime.UtcNow);
            gate?.Admit(i, id.Value);
            var place = node.Gateway.Ask(new PlaceOrder(Order(id.Value, i), 100m), TimeSpan.FromSeconds(60));
            if (i % SampleEvery == 0)
                tracked.Add(Task.Run(async () =>
                {
                    await place;
                    // A market order owes nothing only once it is finished and its fill booked (before that it owes its hold, its
                    // route or its booking): one question a millisecond, so that timing does not load the group it times. Each
                    // stage is how long the order owed the same messages, as seen by these questions.
                    var stages = new List<(string Stage, double Ms)>();
                    var (stage, stageFrom) = ("submit", 0.0);
                    while (true)
                    {
                        var owed = ((OrderOwed)await node.Gateway.Ask(new GetOrderOwed(id))).Owed;
                        var now = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                        var next = owed.Count == 0 ? "done" : string.Join("+", owed);
                        if (next != stage)
                        {
                            stages.Add((stage, now - stageFrom));
                            (stage, stageFrom) = (next, now);
                        }
                        if (owed.Count == 0) break;
                        await Task.Delay(1);
                    }
                    var elapsed = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                    var status = ((OrderFlowState)await node.Gateway.Ask(new GetOrder(id))).Order.Status;
                    if (status != OrderStatus.Filled) throw new InvalidOperationException($"timed order {id} ended {status}, not filled");
                    lock (latencies) latencies.Add(elapsed);
                    lock (latencies) timed.Add(new TimedOrder(sentAt, elapsed, stages));
                }));
        }
        await Task.WhenAll(tracked);
        latencies.Sort();
        return (latencies, timed);
    }

    /// <summary>Places <paramref name="orders"/> market orders with <paramref name="concurrency"/> in flight and waits until
    /// the accounts have booked all of them (<paramref name="bookedBefore"/> fills were booked already); returns the time to
    /// the last acknowledged submit and to the last booked fill.</summary>
    private static async Task<(TimeSpan Submitted, TimeSpan Booked)> ClosedLoopAsync(TestNode node, Security.OrderGate? gate, string prefix, int orders,
        int concurrency, long bookedBefore)
    {
        var clock = Stopwatch.StartNew();
        var (submitted, _) = await ClusterLoadGenerator.ClosedLoopAsync(node, orders, concurrency, i =>
        {
            gate?.Admit(i, $"{prefix}-{i}");
            return new PlaceOrder(Order($"{prefix}-{i}", i), 100m);
        });
        // An order refused on the way (an account's order-rate limit, when the node runs faster than 100 accounts may send) is
        // never booked: the wait gives up once the count has not moved for 10 s and says so.
        var (booked, movedAt) = (0L, clock.Elapsed);
        while (booked < bookedBefore + orders)
        {
            await Task.Delay(100);
            var now = await BookedAsync(node);
            if (now != booked) (booked, movedAt) = (now, clock.Elapsed);
            else if (clock.Elapsed - movedAt > TimeSpan.FromSeconds(10))
                throw new InvalidOperationException($"{bookedBefore + orders - booked:N0} of the {prefix} orders were not booked and none was for 10 s: " +
                                                    "refused on the way (the node's log says why; 100 accounts at the default limit of 200 orders a second take at most 20,000 a second)");
        }
        return (submitted, clock.Elapsed);
    }

    private static long Persisted() =>
        HiveCounters.Get($"persisted/{RegionNames.Order}") + HiveCounters.Get($"persisted/{RegionNames.Account}") + HiveCounters.Get($"persisted/{RegionNames.Instrument}");

    private static async Task<long> BookedAsync(TestNode node)
    {
        var views = await Task.WhenAll(Enumerable.Range(0, Accounts).Select(i => node.Gateway.Ask(new GetAccount(new AccountId($"acc-{i}")), TimeSpan.FromSeconds(60))));
        return views.Cast<AccountState>().Sum(a => a.FillsBooked);
    }

    private static OrderRequest Order(string id, int i) =>
        OrderRequest.Market(new ClientOrderId(id), new AccountId($"acc-{i % Accounts}"), BarPacer.Btc, OrderSide.Buy, 0.001m);
}

/// <summary>One timed order of the open loop: when it was sent, how long it took, and how long it spent in each stage (the
/// submit until acknowledged, then each set of messages its group still owed, in order).</summary>
internal sealed record TimedOrder(DateTime Sent, double Ms, IReadOnlyList<(string Stage, double Ms)> Stages)
{
    /// <summary>The mean time per stage of all timed orders against those over <paramref name="slowMs"/>: where a slow order's time went.</summary>
    public static string ByStage(IReadOnlyList<TimedOrder> timed, double slowMs)
    {
        var slow = timed.Where(t => t.Ms > slowMs).ToList();
        static string Means(IReadOnlyList<TimedOrder> orders) => orders.Count == 0 ? "none" : string.Join(", ",
            orders.SelectMany(o => o.Stages).GroupBy(s => s.Stage)
                .Select(g => $"{g.Key} {g.Sum(s => s.Ms) / orders.Count:0.0}"));
        return $"time by stage, mean ms per order: all {timed.Count}: {Means(timed)}; the {slow.Count} over {slowMs:0} ms: {Means(slow)}";
    }
}
