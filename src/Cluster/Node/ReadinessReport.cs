namespace Hive.Cluster.Node;

/// <summary>Whether the node can serve, and why not. The read side's lag never makes a node unready (its writes still
/// work and its reads are only late), but <see cref="ReadSide"/> and <see cref="Detail"/> say how far behind it is.</summary>
public sealed record ReadinessReport(bool Ready, string MemberStatus, bool RegionsStarted, bool JournalReachable, string Detail, DateTime CheckedAt,
    string ReadSide = "read side not measured yet", long ReadSideEventsBehind = 0)
{
    public static ReadinessReport Starting { get; } = new(false, "Starting", false, false, "node is starting", DateTime.UtcNow);
}
