using System.Collections.Immutable;
using System.Diagnostics;
using Akka.Persistence.Query;
using Akka.Streams;
using Akka.Streams.Dsl;
using Hive.Actors.Entities;
using Hive.Actors.Protocol;
using Hive.Bench.Journal;
using Hive.Core.Accounts;
using Hive.Core.Algos;
using Hive.Core.Algos.Instances;
using Hive.Core.Ids;
using Hive.Core.Orders;
using Hive.TestSupport;

namespace Hive.Bench.Cluster;

/// <summary>
/// `cluster algos [--algos 1000] [--slices 10] [--seconds 20]`: that many TWAP parents submitted at once to one node's
/// <c>algo</c> region, each slicing a buy over the same window into market children (ordinary orders through the order
/// path, filled at the next bar of <see cref="BarPacer"/>). Prints children placed per second over the window and the
/// scheduling lag of every child: the time its <see cref="ChildIssued"/> was recorded minus the slice's planned time, read
/// back from each parent's journal. The parents tick every <see cref="TradingSettings.AlgoTick"/>, so a lag up to one tick
/// is the design; beyond it is the node falling behind.
/// </summary>
public static class AlgoLoad
{
    // Parents spread over accounts as a desk's would be: one account would meet its own order-rate limit (RiskLimits.Defaults).
    private const int Accounts = 100;

    private static AccountId Account(int i) => new($"algo-bench-{i % Accounts}");

    public static async Task RunAsync(string dir, int algos, int slices, int seconds)
    {
        var journal = Environment.GetEnvironmentVariable("HIVE_BENCH_JOURNAL") ?? "sqlite";
        await using var node = await TestNode.StartAsync(await JournalLoad.SettingsAsync(journal, dir));
        await ClusterLoadGenerator.Warm(node);
        await Task.WhenAll(Enumerable.Range(0, Accounts).Select(async i =>
        {
            await node.Gateway.Ask(new OpenAccount(Account(i), AccountType.Cash), TimeSpan.FromSeconds(60));
            await node.Gateway.Ask(new DepositFunds(Account(i), "seed", "USDT", 1_000_000_000m), TimeSpan.FromSeconds(60));
        }));
        using var pacer = new BarPacer(node);
        await pacer.NextAsync();

        var end = DateTime.UtcNow.AddSeconds(seconds);
        var parameters = ImmutableSortedDictionary<string, string>.Empty.Add("slices", slices.ToString());
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, algos).Select(async i =>
        {
            // A child of 0.1 BTC at 100 USDT clears the pair's 5 USDT minimum notional.
            var spec = new AlgoSpec(ExecutionCatalog.NameOf(ExecutionAlgorithm.Twap), Account(i), BarPacer.Btc, OrderSide.Buy, slices * 0.1m, null, end, parameters);
            var reply = await node.Gateway.Ask(new SubmitAlgo(new AlgoId($"twap-{i}"), spec, 100m), TimeSpan.FromSeconds(60));
            if (reply is not CommandAccepted) throw new InvalidOperationException($"algo {i} answered {reply}");
        }));
        Console.WriteLine($"algos: {algos:N0} TWAPs of {slices} slices submitted in {clock.Elapsed.TotalSeconds:0.0} s, window ends in {(end - DateTime.UtcNow).TotalSeconds:0.0} s");

        var states = await FinishedAsync(node, algos, end.AddSeconds(60));
        var children = states.Sum(s => s.Parent!.Children.Count);
        var filled = states.Count(s => s.Parent!.Status == ParentStatus.Completed);
        foreach (var (status, count) in states.GroupBy(s => s.Parent!.Status).Where(g => g.Key != ParentStatus.Completed).Select(g => (g.Key, g.Count())))
            Console.WriteLine($"algos: {count:N0} parents ended {status}, e.g. {states.First(s => s.Parent!.Status == status).Parent!.PauseReason ?? "(no reason given)"}");
        var lags = await LagsAsync(node, algos);
        lags.Sort();
        Console.WriteLine($"algos: {children:N0} children placed over {clock.Elapsed.TotalSeconds:0.0} s = {children / clock.Elapsed.TotalSeconds:N0} children/s " +
                          $"({filled:N0} of {algos:N0} parents completed, {journal} journal, a tick every {node.Settings.Trading.AlgoTick.TotalMilliseconds:0} ms); " +
                          $"scheduling lag (recorded − planned) p50 {Pct(lags, 0.5):0} ms, p99 {Pct(lags, 0.99):0} ms, max {lags[^1]:0} ms over {lags.Count:N0} children");
    }

    private static double Pct(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * p))];

    private static async Task<List<AlgoState>> FinishedAsync(TestNode node, int algos, DateTime deadline)
    {
        while (true)
        {
            var states = (await Task.WhenAll(Enumerable.Range(0, algos).Select(i =>
                node.Gateway.Ask(new GetAlgo(new AlgoId($"twap-{i}")), TimeSpan.FromSeconds(60))))).Cast<AlgoState>().ToList();
            if (states.All(s => s.Parent!.IsFinished) || DateTime.UtcNow > deadline) return states;
            await Task.Delay(500);
        }
    }

    private static async Task<List<double>> LagsAsync(TestNode node, int algos)
    {
        var journal = PersistenceQuery.Get(node.System).ReadJournalFor<ICurrentEventsByPersistenceIdQuery>(node.Settings.ReadJournalPluginId);
        var materializer = node.System.Materializer();
        var lags = new List<double>();
        foreach (var i in Enumerable.Range(0, algos))
        {
            var events = await journal.CurrentEventsByPersistenceId($"{RegionNames.Algo}-twap-{i}", 0, long.MaxValue).RunWith(Sink.Seq<EventEnvelope>(), materializer);
            lags.AddRange(events.Select(e => e.Event).OfType<ChildIssued>().Select(c => (c.RecordedAt - c.Child.Time).TotalMilliseconds));
        }
        return lags;
    }
}
