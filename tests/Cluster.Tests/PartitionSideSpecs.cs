using Hive.Cluster.Management;

namespace Hive.Cluster.Tests;

/// <summary>The keep-majority rule as one node applies it to its own view, to stop acknowledging writes before it is downed.</summary>
public sealed class PartitionSideSpecs
{
    [Theory]
    // A whole cluster, and a single node, are never cut off.
    [InlineData(new[] { true }, false)]
    [InlineData(new[] { true, true, true }, false)]
    // Three nodes: the one alone is downed, the two that still see each other stay.
    [InlineData(new[] { true, false, false }, true)]
    [InlineData(new[] { false, true, true }, false)]
    [InlineData(new[] { false, false, true }, true)]
    // Two against two: the side with the lowest address stays.
    [InlineData(new[] { true, true, false, false }, false)]
    [InlineData(new[] { false, false, true, true }, true)]
    [InlineData(new[] { true, false, true, false }, false)]
    [InlineData(new[] { false, true, false, true }, true)]
    // Two nodes, one unreachable: the lower address keeps the cluster.
    [InlineData(new[] { true, false }, false)]
    [InlineData(new[] { false, true }, true)]
    // Three of five stay, two of five go.
    [InlineData(new[] { false, false, true, true, true }, false)]
    [InlineData(new[] { true, true, false, false, false }, true)]
    public void The_side_keep_majority_downs_is_cut_off(bool[] reachableInAddressOrder, bool cutOff) =>
        Assert.Equal(cutOff, PartitionSide.IsDowned(reachableInAddressOrder));
}
