namespace Hive.Cluster.Node;

public sealed record ReadinessReport(bool Ready, string MemberStatus, bool RegionsStarted, bool JournalReachable, string Detail, DateTime CheckedAt)
{
    public static ReadinessReport Starting { get; } = new(false, "Starting", false, false, "node is starting", DateTime.UtcNow);
}
