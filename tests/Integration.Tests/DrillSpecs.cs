using System.Diagnostics;
using Hive.Cluster.Drills;
using Hive.Core.Drills;
using Xunit.Abstractions;

namespace Hive.Integration.Tests;

/// <summary>
/// Short drills on real <c>hive node</c> processes (the same runner as <c>hive drill run</c>): under load, a node is
/// killed without leaving, or leaves gracefully, or the journal's write lock is held from outside for seconds; the checker must find nothing lost or duplicated, every account of the
/// lost node must accept commands again on a survivor, and the drill must leave no process or folder behind.
/// </summary>
public sealed class DrillSpecs(ITestOutputHelper output)
{
    [Theory]
    [InlineData(DrillScenarios.Kill, 11)]
    [InlineData(DrillScenarios.Leave, 12)]
    [InlineData(DrillScenarios.SlowJournal, 13)]
    public async Task A_drill_loses_and_duplicates_nothing_and_its_accounts_serve_again(string scenario, int seed)
    {
        var before = HiveNodeProcesses();
        var settings = new DrillSettings(scenario, Nodes: 3, Rate: 25, Duration: TimeSpan.FromSeconds(15), Seed: seed, Accounts: 6);
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
        Assert.Equal(before, HiveNodeProcesses());
    }

    [Fact]
    public void Bad_drill_settings_are_refused_naming_what_is_wrong()
    {
        Assert.Contains("unknown scenario 'explode'", new DrillSettings("explode", 3, 10, TimeSpan.FromSeconds(30), 1).Invalid());
        Assert.Contains("not built yet", new DrillSettings("partition", 3, 10, TimeSpan.FromSeconds(30), 1).Invalid());
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

    private static int HiveNodeProcesses() =>
        Process.GetProcesses().Count(p =>
        {
            try { return File.ReadAllText($"/proc/{p.Id}/cmdline").Contains("hive.dll\0node\0--data-dir\0/tmp/hive-drill-", StringComparison.Ordinal); }
            catch (IOException) { return false; }
            catch (UnauthorizedAccessException) { return false; }
        });
}
