namespace Hive.Cluster.Drills;

/// <summary>What a drill does to the cluster.</summary>
public static class DrillScenarios
{
    /// <summary>SIGKILL of the node hosting the most entities: no leave, the others must detect and down it.</summary>
    public const string Kill = "kill";

    /// <summary>SIGTERM of that node: a graceful leave, its shards handed off.</summary>
    public const string Leave = "leave";

    /// <summary>An outside connection holds the SQLite journal's write lock for <see cref="JournalStall.SlowFor"/>, under
    /// the journal writes' deadline: every node's writes stall, then must all land.</summary>
    public const string SlowJournal = "slow-journal";

    /// <summary>The same lock held for <see cref="JournalStall.FailFor"/>, past the journal writes' deadline: writes fail,
    /// the entities whose persist failed stop, and must start and serve again once the lock is gone.</summary>
    public const string FailingJournal = "failing-journal";

    /// <summary>The drill's PostgreSQL server stopped (<c>pg_ctl stop -m fast</c>) for a seeded 3-5 s, then started again.</summary>
    public const string DbRestart = "db-restart";

    /// <summary>Every node in a network namespace of its own; the busiest is cut off from the others (<see cref="DrillNetwork"/>):
    /// keep-majority downs it, the majority carries on, and it must acknowledge no write sent to it after its downing.</summary>
    public const string Partition = "partition";

    public static readonly IReadOnlyList<string> Built = [Kill, Leave, SlowJournal, FailingJournal, DbRestart, Partition];

    /// <summary>Whether the scenario takes a node away (the others are the survivors); the rest fault the journal and
    /// keep every node.</summary>
    public static bool LosesNode(string scenario) => scenario is Kill or Leave or Partition;

    /// <summary>The journal the scenario needs, or null when any will do.</summary>
    public static string? NeedsJournal(string scenario) => scenario switch
    {
        // A partition: the drill's PostgreSQL server listens on the loopback of the drill's namespace, out of the nodes' reach.
        SlowJournal or FailingJournal or Partition => DrillJournal.SqliteShared,
        DbRestart => DrillJournal.Postgres,
        _ => null,
    };

    /// <summary>The scenarios a suite on <paramref name="journal"/> runs: those that work on it.</summary>
    public static IReadOnlyList<string> On(string journal) => Built.Where(s => NeedsJournal(s) is null || NeedsJournal(s) == journal).ToList();
}
