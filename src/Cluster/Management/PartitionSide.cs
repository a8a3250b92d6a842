namespace Hive.Cluster.Management;

/// <summary>
/// The keep-majority rule of the split-brain resolver, seen from one node: of the members it counts (Up or Leaving, in
/// address order) the side that can reach more than half stays; with exactly half each, the side holding the lowest
/// address stays; the other side is downed. A node whose own view puts it on the downed side knows it before the
/// resolver acts (that waits for the partition to be stable).
/// </summary>
public static class PartitionSide
{
    /// <summary>The error code of a write refused by a node on the downed side.</summary>
    public const string CutOff = "cut-off";

    /// <summary>Whether the side this node can reach would be downed; <paramref name="reachableInAddressOrder"/> holds, for
    /// each counted member in address order, whether this node reaches it (itself included).</summary>
    public static bool IsDowned(IReadOnlyList<bool> reachableInAddressOrder)
    {
        var reachable = reachableInAddressOrder.Count(r => r);
        if (reachable == reachableInAddressOrder.Count) return false;
        var twice = reachable * 2;
        return twice < reachableInAddressOrder.Count || (twice == reachableInAddressOrder.Count && !reachableInAddressOrder[0]);
    }
}
