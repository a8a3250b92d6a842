using System.Diagnostics;
using System.Text.Json;
using Hive.Core.Drills;

using Hive.Cluster.Management;

namespace Hive.Cluster.Drills;

/// <summary>The figures and the verdict of one drill.</summary>
public sealed record DrillRunResult(
    string Scenario, int Seed, string Victim, double FaultAtSeconds, double? FailoverSeconds, double? AllServedSeconds,
    double? UnavailableP50Seconds, double? UnavailableP99Seconds, double ThroughputBefore, double ThroughputDuring, double ThroughputAfter,
    DrillVerdict Verdict, IReadOnlyList<DrillSecond> Timeline, string WorkDir, double? FaultEndSeconds = null, int CutOffRefusals = 0);

/// <summary>One second of a drill: operations acknowledged, refused and unknown.</summary>
public sealed record DrillSecond(int Second, int Ok, int Fail, int Info);

/// <summary>
/// Runs one drill: starts the nodes, opens the accounts, drives the seeded load, injects the fault at a seeded moment
/// (30-50 % into the run), probes every account that lived on the lost node until it accepts a command again, stops the
/// load, waits for the cluster to settle and checks the history against what the cluster holds.
/// </summary>
public sealed class DrillRunner(DrillSettings settings, Action<string> progress)
{
    private static readonly TimeSpan SettleWithin = TimeSpan.FromSeconds(40);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Runs the drill; a drill that could not run to its end (a node that would not start, a survivor that
    /// stopped answering) is a failed drill with a <c>drill-error</c> violation saying what happened, its folder kept.</summary>
    public async Task<DrillRunResult> RunAsync(CancellationToken ct)
    {
        var work = Directory.CreateTempSubdirectory("hive-drill-").FullName;
        try
        {
            return await RunAsync(work, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested && e is HttpRequestException or TimeoutException or InvalidOperationException
                                      or System.Text.Json.JsonException or TaskCanceledException or IOException)
        {
            progress($"the drill could not run to its end: {e.Message}");
            var error = new DrillViolation("drill-error", $"the drill could not run to its end: {e.GetType().Name}: {e.Message} (node logs in {work})");
            return new DrillRunResult(settings.Scenario, settings.Seed, "-", 0, null, null, null, null, 0, 0, 0,
                new DrillVerdict(0, 0, 0, 0, 0, [error]), [], work);
        }
    }

    private async Task<DrillRunResult> RunAsync(string work, CancellationToken ct)
    {
        var token = Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant();
        var accounts = Enumerable.Range(1, settings.Accounts).Select(i => $"drill-{settings.Seed}-{i}").ToList();
        var history = new DrillHistory();
        var client = new DrillClient(history);
        var random = new Random(settings.Seed);
        var faultAt = settings.Duration * (0.3 + 0.2 * random.NextDouble());
        var downtime = TimeSpan.FromSeconds(3 + 2 * random.NextDouble());
        var passed = false;
        if (settings.Journal == DrillJournal.Postgres) progress("starting a temporary PostgreSQL server (initdb, pg_ctl start)");
        using var journal = DrillJournal.Open(settings.Journal, DrillNodes.DataDir(work));
        using var network = settings.Scenario == DrillScenarios.Partition ? DrillNetwork.Create(settings.Nodes, settings.Seed) : null;
        using var nodes = new DrillNodes(work, token, journal.PostgresConnection, network);
        // Ctrl+C cancels the drill (hive drill's signal handler) and the finally below cleans up; should the process end
        // some other way while the drill runs, what the drill started goes with it.
        EventHandler onExit = (_, _) => { nodes.Dispose(); network?.Dispose(); journal.Dispose(); };
        AppDomain.CurrentDomain.ProcessExit += onExit;
        try
        {
            progress($"starting {settings.Nodes} hive nodes on one {(journal.SqliteFile is null ? "PostgreSQL" : "SQLite")} journal in {work}" +
                     (network is null ? "" : $", each in a network namespace of its own ({network.Namespace(0)}, ...)"));
            await nodes.StartAsync(settings.Nodes, TimeSpan.FromSeconds(90), ct);
            var load = new DrillLoad(nodes, client, accounts, settings.Rate, settings.Seed);
            await load.SetUpAsync(ct);
            progress($"{settings.Nodes} nodes Up; load of {settings.Rate} operations/s on {accounts.Count} accounts for {settings.Duration.TotalSeconds:0} s, " +
                     $"{settings.Scenario} at {faultAt.TotalSeconds:0.0} s");

            using var stopLoad = CancellationTokenSource.CreateLinkedTokenSource(ct);
            using var stopFeed = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var clock = Stopwatch.StartNew();
            var feed = load.FeedAsync(stopFeed.Token);
            var running = load.RunAsync(stopLoad.Token, ct);

            await Task.Delay(faultAt, ct);
            if (nodes.All.FirstOrDefault(n => !n.IsAlive) is { } gone)
                throw new InvalidOperationException($"{gone.Name} exited on its own before the fault (exit code {gone.ExitCode}; on an overloaded " +
                                                    $"machine the cluster may have downed it as unreachable): see {gone.Log}");
            // A journal fault loses no node: every account waits for the journal.
            var (victim, orphans) = DrillScenarios.LosesNode(settings.Scenario)
                ? await VictimAsync(nodes, ct)
                : (null, accounts.Select(a => new DrillObserver.Orphan("account", a)).ToList());
            var lifted = await BeginJournalFaultAsync(journal, downtime, ct);
            var faultSecond = clock.Elapsed.TotalSeconds;
            var faultTime = DateTime.UtcNow;
            if (victim is not null) Inject(victim, nodes, network);
            var downing = network is not null && victim is not null ? WaitForDowningAsync(nodes, victim, ct) : Task.FromResult<DateTime?>(null);
            progress(victim is null
                ? $"{settings.Scenario}: {JournalFault(downtime)} from {faultSecond:0.0} s"
                : $"{settings.Scenario}: {victim.Name} ({orphans.Count(o => o.Region == "account")} accounts, " +
                  $"{orphans.Count(o => o.Region == "instrument")} instruments on it) at {faultSecond:0.0} s");
            var waits = await ProbeAsync(nodes, victim, client, orphans, faultTime, ct);
            var failover = waits.Count > 0 ? waits.Min() : (double?)null;
            if (failover is not null) progress($"failover: an account of {victim?.Name ?? "the faulted journal"} accepted a command {failover:0.0} s after the fault, all {waits.Count} after {waits.Max():0.0} s");
            var faultEnd = faultSecond + await lifted;
            var downings = await downing is { } downedAt ? [new ObservedDowning(victim!.Name, downedAt)] : new List<ObservedDowning>();
            if (downings.Count > 0) progress($"{victim!.Name} was downed by the majority {(downings[0].DownedAt - faultTime).TotalSeconds:0.0} s after it was cut off");

            var rest = settings.Duration - clock.Elapsed;
            if (rest > TimeSpan.Zero) await Task.Delay(rest, ct);
            await stopLoad.CancelAsync();
            await running;
            if (settings.Scenario == DrillScenarios.Leave && victim is not null && !victim.WaitForExit(TimeSpan.FromSeconds(30)))
                progress($"{victim.Name} has not exited 30 s after SIGTERM");
            var survivor = nodes.All.First(n => n != victim && n.IsAlive);

            progress("load stopped; waiting for the cluster to settle, then checking the history");
            var (verdict, _) = await SettleAsync(survivor, history, accounts, orphans, journal, downings, ct);
            await stopFeed.CancelAsync();
            await feed;
            await history.WriteAsync(Path.Combine(work, "history.jsonl"), ct);

            // A partitioned node refuses writes once it sees itself on the minority side (PartitionSide), before it is downed.
            var cutOff = victim is null ? 0 : history.Operations.Count(o => o.Node == victim.Name && o.Detail == $"{victim.Name}: {PartitionSide.CutOff}");
            if (cutOff > 0) progress($"{victim!.Name} refused {cutOff} writes as cut off from the majority");
            var timeline = load.Timeline.OrderBy(kv => kv.Key).Select(kv => new DrillSecond(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2])).ToList();
            var recovered = faultSecond + (waits.Count > 0 ? waits.Max() : 0);
            passed = verdict.Ok;
            return new DrillRunResult(settings.Scenario, settings.Seed, victim?.Name ?? "-", faultSecond, failover, waits.Count > 0 ? waits.Max() : null,
                Percentile(waits, 0.5), Percentile(waits, 0.99), Rate(timeline, 0, faultSecond), Rate(timeline, faultSecond, recovered),
                Rate(timeline, recovered, settings.Duration.TotalSeconds), verdict, timeline, work, faultEnd, cutOff);
        }
        finally
        {
            AppDomain.CurrentDomain.ProcessExit -= onExit;
            nodes.Dispose();
            network?.Dispose();
            journal.Dispose();
            if (passed && !settings.Keep) Directory.Delete(work, recursive: true);
        }
    }

    private void Inject(DrillNode victim, DrillNodes nodes, DrillNetwork? network)
    {
        if (settings.Scenario == DrillScenarios.Kill) victim.Kill();
        else if (network is not null) network.Isolate(victim.Index, nodes.All.Where(n => n != victim).Select(n => n.Index));
        else victim.Terminate();
    }

    /// <summary>When the majority has downed the cut-off node (it shows as Down, or is gone from their members); a
    /// partition the split-brain resolver does not resolve within a minute fails the drill.</summary>
    private static async Task<DateTime?> WaitForDowningAsync(DrillNodes nodes, DrillNode victim, CancellationToken ct)
    {
        var majority = nodes.All.First(n => n != victim);
        DateTime? downedAt = null;
        await DrillNodes.WaitAsync(async () =>
        {
            using var doc = JsonDocument.Parse(await majority.Http.GetStringAsync("api/cluster/members", ct));
            var member = doc.RootElement.GetProperty("members").EnumerateArray().FirstOrDefault(m => m.GetProperty("address").GetString() == victim.Address);
            if (member.ValueKind == JsonValueKind.Object && member.GetProperty("status").GetString() is not ("Down" or "Removed")) return false;
            downedAt = DateTime.UtcNow;
            return true;
        }, TimeSpan.FromSeconds(60), $"{victim.Name} downed by the majority", ct);
        return downedAt;
    }

    private string JournalFault(TimeSpan downtime) => settings.Scenario switch
    {
        DrillScenarios.SlowJournal => $"the journal's write lock held for {JournalStall.SlowFor.TotalSeconds:0} s (under the journal writes' deadline)",
        DrillScenarios.FailingJournal => $"the journal's write lock held for {JournalStall.FailFor.TotalSeconds:0} s (past the journal writes' deadline: writes fail)",
        _ => $"PostgreSQL stopped (pg_ctl stop -m fast) for {downtime.TotalSeconds:0.0} s",
    };

    /// <summary>Faults the journal as the scenario says; returns once the fault is in place (the lock taken, the server
    /// stopped) a task that ends when it is lifted, with how many seconds it lasted. The scenarios that take a node away
    /// instead get 0 at once.</summary>
    private async Task<Task<double>> BeginJournalFaultAsync(DrillJournal journal, TimeSpan downtime, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        switch (settings.Scenario)
        {
            case DrillScenarios.SlowJournal or DrillScenarios.FailingJournal:
                var hold = settings.Scenario == DrillScenarios.SlowJournal ? JournalStall.SlowFor : JournalStall.FailFor;
                var held = await JournalStall.TakeAsync(journal.SqliteFile!, ct);
                return LiftAsync(async () => await held.ReleaseAfterAsync(hold, ct));
            case DrillScenarios.DbRestart:
                await Task.Run(() => journal.Server!.Stop("fast"), ct);
                return LiftAsync(async () =>
                {
                    await Task.Delay(downtime, ct);
                    await Task.Run(journal.Server!.StartAgain, ct);
                });
            default:
                return Task.FromResult(0.0);
        }

        async Task<double> LiftAsync(Func<Task> lift)
        {
            await lift();
            return clock.Elapsed.TotalSeconds;
        }
    }

    /// <summary>The node hosting the most account and instrument entities, and those entities.</summary>
    private static async Task<(DrillNode Victim, IReadOnlyList<DrillObserver.Orphan> Orphans)> VictimAsync(DrillNodes nodes, CancellationToken ct)
    {
        DrillNode? best = null;
        IReadOnlyList<DrillObserver.Orphan> bestHosted = [];
        foreach (var node in nodes.Alive)
        {
            var hosted = new List<DrillObserver.Orphan>();
            foreach (var region in new[] { "account", "instrument" })
                hosted.AddRange((await node.HostedAsync(region, ct)).Select(id => new DrillObserver.Orphan(region, id)));
            if (best is null || hosted.Count > bestHosted.Count) (best, bestHosted) = (node, hosted);
        }
        return (best!, bestHosted);
    }

    /// <summary>Seconds from the fault until each account of the lost node lives on a surviving node and accepts a deposit
    /// there (one transfer id per account, retried through the survivors every 200 ms with a 1 s timeout, so it is applied
    /// at most once and the figure is within about a second). During a graceful leave the account keeps answering from the
    /// leaving node until its shard is handed off: the figure is when it moved.</summary>
    private static async Task<List<double>> ProbeAsync(DrillNodes nodes, DrillNode? victim, DrillClient client, IReadOnlyList<DrillObserver.Orphan> orphans,
        DateTime fault, CancellationToken ct)
    {
        var deadline = fault + TimeSpan.FromSeconds(90);
        var survivors = nodes.All.Where(n => n != victim).ToList();
        var probes = orphans.Where(o => o.Region == "account").Select(async o =>
        {
            var attempt = 0;
            while (DateTime.UtcNow < deadline)
            {
                var node = survivors[attempt++ % survivors.Count];
                if (await client.DepositAsync(node, o.EntityId, $"{o.EntityId}-probe", 0.01m, ct, ProbeTimeout) == DrillOutcome.Ok
                    && await HostedByAnyAsync(survivors, o, ct))
                    return (DateTime.UtcNow - fault).TotalSeconds;
                await Task.Delay(200, ct);
            }
            return double.NaN;
        });
        return (await Task.WhenAll(probes)).Where(s => !double.IsNaN(s)).ToList();
    }

    private static async Task<bool> HostedByAnyAsync(IEnumerable<DrillNode> nodes, DrillObserver.Orphan entity, CancellationToken ct)
    {
        foreach (var node in nodes)
            if ((await node.HostedAsync(entity.Region, ct)).Contains(entity.EntityId)) return true;
        return false;
    }

    /// <summary>Checks until the verdict is clean (the read side and the last venue reports have caught up) or
    /// <see cref="SettleWithin"/> has passed; the last verdict stands.</summary>
    private static async Task<(DrillVerdict, DrillObservation)> SettleAsync(DrillNode node, DrillHistory history, IReadOnlyList<string> accounts,
        IReadOnlyList<DrillObserver.Orphan> orphans, DrillJournal journal, IReadOnlyList<ObservedDowning> downings, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + SettleWithin;
        while (true)
        {
            try
            {
                var observation = await DrillObserver.ReadAsync(node, accounts, orphans, journal, ct) with { Downings = downings };
                var verdict = DrillChecker.Check(history.Operations, observation);
                if (verdict.Ok || DateTime.UtcNow > deadline) return (verdict, observation);
            }
            catch (Exception e) when (DateTime.UtcNow < deadline && (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested)))
            {
                // a read timed out on a busy machine: read again
            }
            await Task.Delay(1000, ct);
        }
    }

    private static double? Percentile(List<double> values, double p)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static double Rate(IReadOnlyList<DrillSecond> timeline, double from, double to)
    {
        if (to - from < 1) return 0;
        var ok = timeline.Where(s => s.Second >= from && s.Second < to).Sum(s => s.Ok);
        return ok / (to - from);
    }
}
