using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Hive.Cluster.Drills;
using Spectre.Console;

namespace Hive.Cluster.Commands;

/// <summary>
/// <c>hive drill run</c>: a failover drill on real <c>hive node</c> processes, Jepsen-style: a seeded load through the
/// HTTP API, a fault at a seeded moment, and a checker that proves from the history and the cluster's final state that
/// nothing acknowledged was lost or duplicated. Exit codes: 0 every run clean, 1 a run found a violation (or could not
/// run), 2 bad options, 130 interrupted (every node the drill started is stopped). See docs/drills.md.
/// </summary>
public static class DrillCommand
{
    public static Command Create()
    {
        var drill = new Command("drill", "Failover drills on real hive node processes: load, a fault, and a checker that proves nothing acknowledged was lost.");
        drill.Subcommands.Add(Run());
        drill.Subcommands.Add(Suite());
        return drill;
    }

    private static Command Run()
    {
        var scenario = new Option<string>("--scenario") { Description = "The fault (described above)", DefaultValueFactory = _ => DrillScenarios.Kill };
        var options = new DrillOptions();
        var command = new Command("run", """
            Starts a cluster of real hive node processes on free ports (on loopback; in a partition drill each in a network
            namespace of its own), all on one journal (--journal sqlite-shared: the
            SQLite file of a shared data folder; --journal postgres: a temporary PostgreSQL server the drill starts and removes),
            drives a seeded load through the HTTP API (market and resting limit buys, cancels, deposits on --accounts accounts;
            a bar every 100 ms), injects the fault 30-50 % into the run, probes every account of the lost node until it accepts a
            command again, stops the load, lets the cluster settle and checks the history (history.jsonl: every operation with
            its invoke time and outcome ok = acknowledged, fail = refused, info = unknown) against what the cluster holds:
            every acknowledged order exists exactly once and has settled, a refused one does not exist; no trade is booked twice;
            each account's deposits are its acknowledged transfers plus some of its unknown ones, each at most once, and its
            cash and positions are exactly its deposits and its own fills; the journal holds no sequence number twice; every
            account and instrument of the lost node serves again.
            Scenarios: kill (SIGKILL of the node hosting the most entities: no leave), leave (SIGTERM: a graceful leave),
            slow-journal (the drill holds the SQLite journal's write lock for 5 s, under the journal writes' 8 s deadline: every
            node's writes stall, no node is lost; every account is probed), failing-journal (the same lock held for 12 s, past
            the writes' deadline: writes fail unwritten, the entities whose persist failed stop and must serve again; sqlite-shared only),
            db-restart (the drill's PostgreSQL server stopped with pg_ctl stop -m fast for a seeded 3-5 s, then started again;
            --journal postgres only; every account is probed), partition (every node in a network namespace of its own, which
            the drill creates with ip netns and removes; the busiest node is cut off from the others by prohibit routes, the
            split-brain resolver (keep-majority) downs it, the majority carries on, and a write the load sent to it after its
            downing must not be acknowledged; sqlite-shared, at least 3 nodes, needs root).
            Figures: failover = fault to the first accepted command for an account of the lost node; unavailable p50/p99 = the
            same for each such account; throughput = acknowledged operations a second before, during and after the failover.
            """);
        command.Options.Add(scenario);
        options.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(parse, options, [parse.GetValue(scenario)!], ct));
        return command;
    }

    private static Command Suite()
    {
        var options = new DrillOptions();
        var command = new Command("suite", $"""
            Every built scenario that works on --journal round-robin (sqlite-shared: {string.Join(", ", DrillScenarios.On(DrillJournal.SqliteShared))};
            postgres: {string.Join(", ", DrillScenarios.On(DrillJournal.Postgres))}), --runs drills in all (default: one of each), each as
            `hive drill run` does it, then one table and one verdict.
            """);
        options.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var scenarios = DrillScenarios.On(parse.GetValue(options.Journal)!);
            return RunAsync(parse, options, scenarios, ct, defaultRuns: scenarios.Count);
        });
        return command;
    }

    /// <summary>The options <c>run</c> and <c>suite</c> share.</summary>
    private sealed class DrillOptions
    {
        public readonly Option<int> Nodes = new("--nodes") { Description = "hive node processes to start, 2 to 9 (a partition: at least 3)", DefaultValueFactory = _ => 3 };
        public readonly Option<int> Rate = new("--rate") { Description = "Client operations a second (orders, cancels, deposits)", DefaultValueFactory = _ => 40 };
        public readonly Option<string> Duration = new("--duration") { Description = "How long the load runs: 30s, 2m, ... at least 10s", DefaultValueFactory = _ => "30s" };
        public readonly Option<int> Seed = new("--seed") { Description = "Seed of the load and of the fault's moment; drill N uses seed + N - 1", DefaultValueFactory = _ => 1 };
        public readonly Option<int?> Runs = new("--runs") { Description = "Drills to run one after another, each on a fresh cluster (run: 1)" };
        public readonly Option<int> Accounts = new("--accounts") { Description = "Accounts the load trades on", DefaultValueFactory = _ => 8 };
        public readonly Option<string?> Json = new("--json") { Description = "Write {verdict, runs: [{scenario, seed, acknowledged, refused, unknown, lost, duplicated, failoverSeconds, violations}]} here" };
        public readonly Option<string?> Report = new("--report") { Description = "Write report.html here: the verdict, each drill's figures, a timeline of its operations with the fault window marked, and its violations" };
        public readonly Option<string> Journal = new("--journal")
        {
            Description = "The nodes' one journal: sqlite-shared (a shared data folder) or postgres (a temporary server the drill starts and removes)",
            DefaultValueFactory = _ => DrillJournal.SqliteShared,
        };
        public readonly Option<bool> Keep = new("--keep") { Description = "Keep each drill's folder (node logs, history.jsonl) even when it passes; a failed drill's is always kept" };

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { Nodes, Rate, Duration, Seed, Runs, Accounts, Json, Report, Journal, Keep }) command.Options.Add(option);
        }
    }

    private static Task<int> RunAsync(ParseResult parse, DrillOptions o, IReadOnlyList<string> scenarios, CancellationToken invocation, int defaultRuns = 1) =>
        BacktestCommand.RunAsync(parse, async output =>
        {
            // Ctrl+C and SIGTERM end the drill through its cancellation path, which kills its nodes and removes its server
            // and namespaces: left to the runtime's default, the signal would end the process with all of them running.
            // A second signal is left to the default (the user insists).
            using var interrupted = CancellationTokenSource.CreateLinkedTokenSource(invocation);
            void Interrupt(PosixSignalContext signal)
            {
                signal.Cancel = !interrupted.IsCancellationRequested;
                interrupted.Cancel();
            }
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
            var ct = interrupted.Token;
            var count = parse.GetValue(o.Runs) ?? defaultRuns;
            if (count < 1) throw new ArgumentException($"--runs {count}: at least 1");
            var first = new DrillSettings(scenarios[0], parse.GetValue(o.Nodes), parse.GetValue(o.Rate), Duration(parse.GetValue(o.Duration)!),
                parse.GetValue(o.Seed), parse.GetValue(o.Accounts), parse.GetValue(o.Keep), parse.GetValue(o.Journal)!);
            foreach (var scenario in scenarios)
                if ((first with { Scenario = scenario }).Invalid() is { } problem) throw new ArgumentException(problem);

            var results = new List<DrillRunResult>();
            try
            {
                for (var i = 0; i < count; i++)
                {
                    var settings = first with { Scenario = scenarios[i % scenarios.Count], Seed = first.Seed + i };
                    output.MarkupLine($"[bold]drill {i + 1} of {count}[/]: {settings.Scenario}, seed {settings.Seed}");
                    var result = await new DrillRunner(settings, line => output.MarkupLine($"  [grey]{Markup.Escape(line)}[/]")).RunAsync(ct);
                    results.Add(result);
                    foreach (var v in result.Verdict.Violations.Take(20)) output.MarkupLine($"  [red]{Markup.Escape(v.Code)}[/]: {Markup.Escape(v.Message)}");
                    if (!result.Verdict.Ok) output.MarkupLine($"  [red]violations found[/]; logs and history kept in {Markup.Escape(result.WorkDir)}");
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("interrupted: every node the drill started is stopped");
                return 130;
            }

            output.Write(Table(results));
            if (results.Count > 1) output.Write(Summary(results));
            var verdict = results.All(r => r.Verdict.Ok) ? "ok" : "failed";
            if (parse.GetValue(o.Json) is { } path)
                await BacktestCommand.WriteJsonAsync(path, new
                {
                    Verdict = verdict,
                    Runs = results.Select(r => new
                    {
                        r.Scenario, r.Seed, r.Victim, r.Verdict.Acknowledged, r.Verdict.Refused, r.Verdict.Unknown, r.Verdict.Lost, r.Verdict.Duplicated,
                        r.FaultAtSeconds, r.FailoverSeconds, r.AllServedSeconds, r.UnavailableP50Seconds, r.UnavailableP99Seconds,
                        r.ThroughputBefore, r.ThroughputDuring, r.ThroughputAfter, r.Verdict.Violations, r.Timeline,
                    }),
                }, ct);
            if (parse.GetValue(o.Report) is { } folder)
            {
                Reports.DrillReportHtml.Write(results, Path.Combine(folder, "report.html"));
                output.MarkupLine($"[grey]report: {Markup.Escape(Path.Combine(folder, "report.html"))}[/]");
            }
            output.MarkupLine(verdict == "ok"
                ? $"[green]verdict: ok[/] - {results.Count} drill(s), 0 lost, 0 duplicated"
                : $"[red]verdict: failed[/] - {results.Count(r => !r.Verdict.Ok)} of {results.Count} drill(s) found violations");
            return verdict == "ok" ? 0 : 1;
        });

    private static Table Table(IReadOnlyList<DrillRunResult> results)
    {
        var table = new Table();
        foreach (var column in new[] { "scenario", "seed", "node lost", "ok", "fail", "info", "lost", "dup", "failover", "unavail. p50/p99", "ops/s before/during/after", "verdict" })
            table.AddColumn(column);
        foreach (var r in results)
            table.AddRow(r.Scenario, $"{r.Seed}", r.Victim, $"{r.Verdict.Acknowledged:N0}", $"{r.Verdict.Refused:N0}", $"{r.Verdict.Unknown:N0}",
                $"{r.Verdict.Lost}", $"{r.Verdict.Duplicated}", Seconds(r.FailoverSeconds), $"{Seconds(r.UnavailableP50Seconds)} / {Seconds(r.UnavailableP99Seconds)}",
                $"{r.ThroughputBefore:0} / {r.ThroughputDuring:0} / {r.ThroughputAfter:0}", r.Verdict.Ok ? "[green]ok[/]" : "[red]failed[/]");
        return table;
    }

    /// <summary>Per scenario over the drills: how many, lost and duplicated in all, failover p50/p99/max.</summary>
    private static Table Summary(IReadOnlyList<DrillRunResult> results)
    {
        var table = new Table();
        foreach (var column in new[] { "scenario", "drills", "lost", "duplicated", "failover p50", "p99", "max" }) table.AddColumn(column);
        foreach (var group in results.GroupBy(r => r.Scenario))
        {
            var failovers = group.Select(r => r.AllServedSeconds).OfType<double>().Order().ToList();
            double? At(double p) => failovers.Count == 0 ? null : failovers[Math.Clamp((int)Math.Ceiling(p * failovers.Count) - 1, 0, failovers.Count - 1)];
            table.AddRow(group.Key, $"{group.Count()}", $"{group.Sum(r => r.Verdict.Lost)}", $"{group.Sum(r => r.Verdict.Duplicated)}",
                Seconds(At(0.5)), Seconds(At(0.99)), Seconds(failovers.Count == 0 ? null : failovers[^1]));
        }
        return table;
    }

    private static string Seconds(double? value) => value is { } s ? $"{s.ToString("0.0", CultureInfo.InvariantCulture)} s" : "-";

    /// <summary>"30s", "2m", "90" (seconds).</summary>
    private static TimeSpan Duration(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        var (number, unit) = t.EndsWith('m') ? (t[..^1], 60) : t.EndsWith('s') ? (t[..^1], 1) : (t, 1);
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && double.IsFinite(value)
            ? TimeSpan.FromSeconds(value * unit)
            : throw new ArgumentException($"--duration '{text}' is not a duration (write e.g. 30s or 2m)");
    }
}
