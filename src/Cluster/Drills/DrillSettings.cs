namespace Hive.Cluster.Drills;

/// <summary>One drill's settings (see <c>hive drill run --help</c>).</summary>
public sealed record DrillSettings(string Scenario, int Nodes, int Rate, TimeSpan Duration, int Seed, int Accounts = 8, bool Keep = false,
    string Journal = DrillJournal.SqliteShared)
{
    /// <summary>The first problem with these settings, or null.</summary>
    public string? Invalid() =>
        !DrillScenarios.Built.Contains(Scenario) ? $"unknown scenario '{Scenario}'; the scenarios are {string.Join(", ", DrillScenarios.Built)}"
            : !DrillJournal.Kinds.Contains(Journal) ? $"unknown journal '{Journal}'; the journals are {string.Join(", ", DrillJournal.Kinds)}"
            : DrillScenarios.NeedsJournal(Scenario) is { } needed && needed != Journal
                ? $"scenario '{Scenario}' needs --journal {needed} (it faults that journal), not {Journal}"
            : Nodes < 2 ? $"--nodes {Nodes}: a failover drill needs at least 2 nodes (3 by default)"
            : Nodes < 3 && Scenario == DrillScenarios.Partition
                ? $"--nodes {Nodes}: a partition needs at least 3 nodes (a majority that carries on and a minority it downs)"
            : Nodes > 9 ? $"--nodes {Nodes}: at most 9 nodes on one machine"
            : Rate <= 0 ? $"--rate {Rate}: the load needs at least 1 operation a second"
            : Rate > 2_000 ? $"--rate {Rate}: at most 2,000 operations a second"
            : Duration < TimeSpan.FromSeconds(10) ? $"--duration {Duration.TotalSeconds:0.#}s: a drill needs at least 10 s (the fault comes at 30-50 %)"
            : Accounts < 1 ? "--accounts must be at least 1"
            : null;
}
