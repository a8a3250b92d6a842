using Hive.Actors.Hosting;
using System.Diagnostics;
using Akka.Actor;
using Hive.Actors.Entities;
using Hive.Actors.Protocol;
using Hive.Bench.Journal;
using Hive.Core.Ids;
using Hive.TestSupport;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Bench.Cluster;

/// <summary>
/// `dotnet run -c Release --project bench/Hive.Bench -- cluster [journal|throughput|recovery|orders|algos|account-recovery|failover|reads|all]`:
/// the journals on their own (<see cref="JournalLoad"/>), commands persisted per second through sharded entities,
/// events replayed per second on recovery, filled orders end to end, recovery of an account with a long history,
/// concurrent TWAPs (<see cref="AlgoLoad"/>), failover time after an unannounced node death (3 nodes, PostgreSQL journal), and the read side's catch-up rate and
/// list latency over HTTP (<see cref="ReadSideLoad"/>).
/// </summary>
public static class ClusterLoadGenerator
{
    public static async Task<int> RunAsync(string[] args)
    {
        var what = args.FirstOrDefault() ?? "all";
        var dir = Directory.CreateTempSubdirectory("hive-bench-").FullName;
        try
        {
            if (what is "journal" or "all")
                await JournalLoad.RunAsync(dir, ArgText(args, "--journal") ?? "all", actors: Arg(args, "--actors", 1000),
                    eventsPerCall: Arg(args, "--events-per-call", 5), seconds: Arg(args, "--seconds", 10), hocon: ArgText(args, "--hocon"));
            if (what is "throughput" or "all") await ThroughputAsync(args, dir, commands: Arg(args, "--commands", 60_000), concurrency: Arg(args, "--concurrency", 256));
            if (what is "recovery" or "all") await RecoveryAsync(dir, events: Arg(args, "--events", 100_000));
            if (what is "orders" or "all") await OrderFlowLoad.RunAsync(dir, orders: Arg(args, "--orders", 20_000), concurrency: Arg(args, "--concurrency", 256),
                latencyRate: Arg(args, "--latency-rate", 0) is > 0 and var r ? r : null);
            if (what is "algos" or "all")
                await AlgoLoad.RunAsync(dir, algos: Arg(args, "--algos", 1000), slices: Arg(args, "--slices", 10), seconds: Arg(args, "--seconds", 20));
            if (what is "account-recovery" or "all") await AccountRecoveryLoad.RunAsync(dir, fills: Arg(args, "--fills", 1_000_000));
            if (what is "reads" or "all")
                await ReadSideLoad.RunAsync(dir, (ArgText(args, "--orders") ?? "1000,1000000").Split(',').Select(int.Parse).ToList());
            if (what is "failover" or "all") await FailoverAsync(runs: Arg(args, "--runs", 5), heartbeatPause: Arg(args, "--heartbeat-pause", 3), stableAfter: Arg(args, "--stable-after", 3));
            return 0;
        }
        finally
        {
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }

    /// <summary>Commands persisted per second through sharded accounts; first the accounts' opening, each the first command of
    /// a new entity (start, recovery queries, remember-entities write, one event), which is what every new order costs too.</summary>
    private static async Task ThroughputAsync(string[] args, string dir, int commands, int concurrency)
    {
        var journal = Environment.GetEnvironmentVariable("HIVE_BENCH_JOURNAL") ?? "sqlite";
        await using var node = await TestNode.StartAsync(await JournalLoad.SettingsAsync(journal, dir));
        await Warm(node);
        var accounts = Arg(args, "--accounts", 1000);
        var (opened, _) = await ClosedLoopAsync(node, accounts, concurrency, i => new OpenAccount(new AccountId($"acc-{i}"), AccountType.Cash));
        Console.WriteLine($"throughput: {accounts:N0} new sharded entities (start, recovery, first event), {journal} journal, {concurrency} in flight: " +
                          $"{accounts / opened.TotalSeconds:N0} entities/s");
        var (elapsed, latencies) = await ClosedLoopAsync(node, commands, concurrency, i => new DepositFunds(new AccountId($"acc-{i % accounts}"), $"t-{i}", "USD", 1m));
        Console.WriteLine($"throughput: {commands:N0} commands (each one persisted event) to {accounts} sharded accounts, {journal} journal, {concurrency} in flight: " +
                          $"{commands / elapsed.TotalSeconds:N0} commands/s; latency p50 {latencies[commands / 2]:0.0} ms, p99 {latencies[(int)(commands * 0.99)]:0.0} ms");
    }

    /// <summary>Sends <paramref name="count"/> commands with <paramref name="concurrency"/> in flight, each answered before the next;
    /// returns the elapsed time and the sorted latencies in milliseconds.</summary>
    public static async Task<(TimeSpan Elapsed, double[] Latencies)> ClosedLoopAsync(TestNode node, int count, int concurrency, Func<int, Hive.Core.Domain.IHiveMessage> command)
    {
        var latencies = new double[count];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var start = Stopwatch.GetTimestamp();
                var reply = await node.Gateway.Ask(command(i), TimeSpan.FromSeconds(60));
                if (reply is not CommandAccepted) throw new InvalidOperationException($"command {i} answered {reply}");
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }));
        var elapsed = clock.Elapsed;
        Array.Sort(latencies);
        return (elapsed, latencies);
    }

    private static async Task RecoveryAsync(string dir, int events)
    {
        var db = Path.Combine(dir, "recovery.db");
        var settings = TestNode.SqliteSettings(db);
        settings = settings with { Entities = settings.Entities with { SnapshotEvery = int.MaxValue } };
        var id = new AccountId("replay");
        await using (var node = await TestNode.StartAsync(settings))
        {
            await node.Gateway.Ask(new OpenAccount(id, AccountType.Cash), TimeSpan.FromSeconds(60));
            const int batch = 512;
            events--;
            for (var i = 0; i < events; i += batch)
                await Task.WhenAll(Enumerable.Range(i, Math.Min(batch, events - i))
                    .Select(j => node.Gateway.Ask(new DepositFunds(id, $"t-{j}", "USD", 1m), TimeSpan.FromSeconds(60))));
            events++;
        }

        await using (var node = await TestNode.StartAsync(settings with { Port = FreePort.Next() }))
        {
            await Warm(node);
            var clock = Stopwatch.StartNew();
            var state = (AccountState)await node.Gateway.Ask(new GetAccount(id), TimeSpan.FromMinutes(5));
            var elapsed = clock.Elapsed;
            if (state.Version != events) throw new InvalidOperationException($"recovered version {state.Version}, expected {events}");
            Console.WriteLine($"recovery: {events:N0} events replayed into one entity in {elapsed.TotalSeconds:0.00} s = {events / elapsed.TotalSeconds:N0} events/s (SQLite, no snapshot)");
        }
    }

    private static async Task FailoverAsync(int runs, double heartbeatPause, double stableAfter)
    {
        var pg = await PostgresServer.SharedAsync();
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var template = TestNode.PostgresSettings(await pg.CreateDatabaseAsync("bench")) with
            {
                AcceptableHeartbeatPause = TimeSpan.FromSeconds(heartbeatPause),
                StableAfter = TimeSpan.FromSeconds(stableAfter),
            };
            await using var cluster = await LocalCluster.StartAsync(3, template);
            var entry = cluster.Nodes[0];
            for (var i = 0; i < 30; i++)
                await entry.Gateway.Ask(new OpenAccount(new AccountId($"a-{i}"), AccountType.Cash));
            var victim = cluster.Nodes[1 + run % 2];
            var orphan = (await LocalCluster.HostedAsync(victim, RegionNames.Account)).FirstOrDefault();
            if (orphan is null) { run--; continue; }
            var clock = Stopwatch.StartNew();
            await victim.CrashAsync();
            while (true)
            {
                try
                {
                    if (await entry.Gateway.Ask(new DepositFunds(new AccountId(orphan), "after", "USD", 1m), TimeSpan.FromSeconds(1)) is CommandAccepted) break;
                }
                catch (AskTimeoutException)
                {
                    // still failing over
                }
            }

            times.Add(clock.Elapsed.TotalSeconds);
            Console.WriteLine($"failover run {run + 1}: {clock.Elapsed.TotalSeconds:0.0} s from crash to first accepted command for an orphaned entity");
        }

        times.Sort();
        Console.WriteLine($"failover over {times.Count} runs (heartbeat pause {heartbeatPause} s, SBR stable-after {stableAfter} s): p50 {times[times.Count / 2]:0.0} s, max {times[^1]:0.0} s");
    }

    public static async Task Warm(TestNode node)
    {
        for (var i = 0; i < 50; i++)
        {
            try
            {
                await node.Gateway.Ask(new GetAccount(new AccountId("warm")), TimeSpan.FromSeconds(2));
                return;
            }
            catch (AskTimeoutException)
            {
                // coordinators still starting
            }
        }
    }

    internal static int Arg(string[] args, string name, int fallback) =>
        int.TryParse(ArgText(args, name), out var v) ? v : fallback;

    internal static string? ArgText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
