using Hive.Actors.Entities;
using Hive.Actors.ReadModel;
using Hive.Actors.Surveillance;

namespace Hive.Actors.Hosting;

/// <summary>Everything a Hive node (or lighthouse) needs to join a cluster and host entities.</summary>
public sealed record HiveNodeSettings
{
    public string SystemName { get; init; } = "hive";

    /// <summary>Address to bind remoting to.</summary>
    public string Hostname { get; init; } = "127.0.0.1";

    /// <summary>Address other nodes use to reach this one (defaults to <see cref="Hostname"/>).</summary>
    public string? PublicHostname { get; init; }

    /// <summary>Remoting port; 0 picks a free one.</summary>
    public int Port { get; init; } = 5053;

    /// <summary>Seed node addresses (<c>akka.tcp://hive@host:port</c>); empty = this node is its own seed.</summary>
    public IReadOnlyList<string> Seeds { get; init; } = [];

    /// <summary>Cluster bootstrap through discovery instead of <see cref="Seeds"/>; null = seeds.</summary>
    public BootstrapDiscovery? Bootstrap { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = ["node"];

    /// <summary>Whether this node hosts the entity regions (a lighthouse does not).</summary>
    public bool HostsEntities { get; init; } = true;

    public JournalProvider Journal { get; init; } = JournalProvider.Sqlite;

    public string JournalConnectionString { get; init; } = "Data Source=data/hive.db";

    public int NumberOfShards { get; init; } = 30;

    public EntitySettings Entities { get; init; } = EntitySettings.Default;

    /// <summary>Instruments, venue fill model and retry pacing of the trading entities.</summary>
    public TradingSettings Trading { get; init; } = TradingSettings.Default;

    /// <summary>The node's market-data lake (a folder), which VWAP and implementation-shortfall parents learn their schedules
    /// from; null: none, and such parents are refused.</summary>
    public string? LakePath { get; init; }

    /// <summary>Failure detector: how long heartbeats may be missing before a node is unreachable.</summary>
    public TimeSpan AcceptableHeartbeatPause { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Split-brain resolver: how long membership must be stable before it downs the unreachable side.</summary>
    public TimeSpan StableAfter { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Remoting over TLS with the cluster's certificates (mutual authentication); null = plain TCP.</summary>
    public Security.RemoteTls? RemoteTls { get; init; }

    /// <summary>Extra HOCON appended last (for overrides).</summary>
    public string? ExtraHocon { get; init; }

    /// <summary>Batching and backoff of the read side's projection.</summary>
    /// <summary>Akka's log lines as JSON objects on stdout (<see cref="Diagnostics.JsonLogger"/>) instead of its text lines.</summary>
    public bool JsonLogs { get; init; }

    public ReadModelSettings ReadModel { get; init; } = ReadModelSettings.Default;

    /// <summary>How often and over how much of the read tables the trade-surveillance scanner runs its detectors.</summary>
    public SurveillanceSettings Surveillance { get; init; } = SurveillanceSettings.Default;

    /// <summary>
    /// The persistence-query plugin the read side reads tag streams from (EventsByTag, CurrentEventsByTag with
    /// <c>Sequence</c> offsets). Everything that reads the journal gets its read journal by this id, through the query
    /// interfaces, so a journal of another provider only has to name its own plugin here.
    /// </summary>
    public string ReadJournalPluginId => HiveHocon.ReadJournalId(Journal);

    /// <summary>The remoting protocol of this node's addresses: TLS is a transport of its own to Akka (<c>akka.ssl.tcp</c>).</summary>
    public string Protocol => RemoteTls is null ? "akka.tcp" : "akka.ssl.tcp";

    public string SelfAddress => $"{Protocol}://{SystemName}@{PublicHostname ?? Hostname}:{Port}";
}
