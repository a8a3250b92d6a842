using System.Diagnostics;
using Hive.Cluster.Drills;
using Hive.Core.Drills;
using Xunit.Abstractions;

namespace Hive.Integration.Tests;

/// <summary>
/// Short drills on real <c>hive node</c> processes (the same runner as <c>hive drill run</c>): under load, a node is
/// killed without leaving, leaves gracefully, is cut off from the others in its network namespace, or the journal's write
/// lock is held from outside for seconds (under and past the journal writes' deadline), or the drill's PostgreSQL server is
/// restarted; the checker must find nothing lost or duplicated, every account of the lost node must accept commands again
/// on a survivor, and the drill must leave no process, server, namespace or folder behind.
/// </summary>
public sealed class DrillSpecs(ITestOutputHelper output)
{
    [Theory]
    [InlineData(DrillScenarios.Kill, 11, DrillJournal.SqliteShared)]
    [InlineData(DrillScenarios.Leave, 12, DrillJournal.SqliteShared)]
    [InlineData(DrillScenarios.SlowJournal, 13, DrillJournal.SqliteShared)]
    [InlineData(DrillScenarios.FailingJournal, 14, DrillJournal.SqliteShared)]
    [InlineData(DrillScenarios.Kill, 15, DrillJournal.Postgres)]
    [InlineData(DrillScenarios.DbRestart, 16, DrillJournal.Postgres)]
    [InlineData(DrillScenarios.Partition, 17, DrillJournal.SqliteShared)]
    public async Task A_drill_loses_and_duplicates_nothing_and_its_accounts_serve_again(string scenario, int seed, string journal)
    {
        var before = (HiveNodeProcesses(), DrillPostgresLeftovers(), DrillNamespaces());
        var settings = new DrillSettings(scenario, Nodes: 3, Rate: 25, Duration: TimeSpan.FromSeconds(15), Seed: seed, Accounts: 6, Journal: journal);
        var result = await new DrillRunner(settings, output.WriteLine).RunAsync(CancellationToken.None);

        foreach (var v in result.Verdict.Violations) output.WriteLine($"{v.Code}: {v.Message}");
        Assert.True(result.Verdict.Ok, $"violations; logs in {result.WorkDir}");
        Assert.Equal((0, 0), (result.Verdict.Lost, result.Verdict.Duplicated));
        Assert.True(result.Verdict.Acknowledged > 100, $"only {result.Verdict.Acknowledged} operations acknowledged");
        // The victim hosted at least one account (the most loaded node of three, six accounts), and each came back.
        Assert.NotNull(result.FailoverSeconds);
        Assert.InRange(result.AllServedSeconds!.Value, 0, 60);
        Assert.True(result.ThroughputBefore > 10, $"{result.ThroughputBefore:0.0} operations/s before the fault");
        Assert.False(Directory.Exists(result.WorkDir), "a clean drill removes its folder");
        Assert.Equal(before, (HiveNodeProcesses(), DrillPostgresLeftovers(), DrillNamespaces()));
        // The cut-off node saw itself on the minority side and refused writes before the majority downed it.
        if (scenario == DrillScenarios.Partition) Assert.True(result.CutOffRefusals > 0, "the partitioned node never refused a write as cut off");
    }

    [Fact]
    public void Bad_drill_settings_are_refused_naming_what_is_wrong()
    {
        Assert.Contains("unknown scenario 'explode'", new DrillSettings("explode", 3, 10, TimeSpan.FromSeconds(30), 1).Invalid());
        Assert.Contains("a partition needs at least 3 nodes", new DrillSettings("partition", 2, 10, TimeSpan.FromSeconds(30), 1).Invalid());
        Assert.Contains("needs --journal sqlite-shared",
            new DrillSettings("partition", 3, 10, TimeSpan.FromSeconds(30), 1, Journal: DrillJournal.Postgres).Invalid());
        Assert.Contains("needs --journal postgres", new DrillSettings("db-restart", 3, 10, TimeSpan.FromSeconds(30), 1).Invalid());
        Assert.Contains("needs --journal sqlite-shared",
            new DrillSettings("failing-journal", 3, 10, TimeSpan.FromSeconds(30), 1, Journal: DrillJournal.Postgres).Invalid());
        Assert.Contains("unknown journal 'mysql'", new DrillSettings("kill", 3, 10, TimeSpan.FromSeconds(30), 1, Journal: "mysql").Invalid());
        Assert.Contains("--rate 0", new DrillSettings("kill", 3, 0, TimeSpan.FromSeconds(30), 1).Invalid());
        Assert.Contains("--nodes 1", new DrillSettings("kill", 1, 10, TimeSpan.FromSeconds(30), 1).Invalid());
        Assert.Contains("at least 10 s", new DrillSettings("kill", 3, 10, TimeSpan.FromSeconds(3), 1).Invalid());
        Assert.Null(new DrillSettings("leave", 3, 10, TimeSpan.FromSeconds(30), 1).Invalid());
    }

    [Fact]
    public async Task The_history_is_written_and_read_back_as_json_lines()
    {
        var history = new DrillHistory();
        var at = new DateTime(2026, 1, 5, 12, 0, 0, DateTimeKind.Utc);
        history.Add(new DrillOperation(history.NextSeq(), DrillOperationKind.Deposit, "a", "t1", at, at.AddMilliseconds(3), DrillOutcome.Info,
            "node1: timed out", Amount: 12.34m, Currency: "USD"));
        history.Add(new DrillOperation(history.NextSeq(), DrillOperationKind.Submit, "a", "o1", at, at.AddMilliseconds(4), DrillOutcome.Ok,
            Instrument: "SIM:SPX", Side: "buy", Quantity: 2m, LimitPrice: 95.5m));
        var path = Path.GetTempFileName();
        try
        {
            await history.WriteAsync(path, CancellationToken.None);
            var lines = await File.ReadAllLinesAsync(path);
            Assert.Equal(2, lines.Length);
            Assert.Contains("\"outcome\":\"info\"", lines[0]);
            Assert.Equal(history.Operations, DrillHistory.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>PostgreSQL processes and temp folders of a drill's own server (the test run's shared server is named otherwise).</summary>
    private static int DrillPostgresLeftovers() =>
        Directory.GetDirectories(Path.GetTempPath(), DrillJournal.ServerFolderPrefix + "*").Length +
        Process.GetProcesses().Count(p => CommandLine(p).Contains(DrillJournal.ServerFolderPrefix, StringComparison.Ordinal));

    /// <summary>Network namespaces of partition drills (/run/netns is where <c>ip netns add</c> names them) and their links
    /// (the bridge and the veth ends of the drill's namespace are named hv...).</summary>
    private static int DrillNamespaces() =>
        (Directory.Exists("/run/netns") ? Directory.GetFiles("/run/netns", "hive-drill-*").Length : 0) +
        Directory.GetFileSystemEntries("/sys/class/net", "hv*").Length;

    private static string CommandLine(Process p)
    {
        try { return File.ReadAllText($"/proc/{p.Id}/cmdline"); }
        catch (IOException) { return ""; }
        catch (UnauthorizedAccessException) { return ""; }
    }

    private static int HiveNodeProcesses() =>
        Process.GetProcesses().Count(p => CommandLine(p).Contains("hive.dll\0node\0--data-dir\0/tmp/hive-drill-", StringComparison.Ordinal));
}
