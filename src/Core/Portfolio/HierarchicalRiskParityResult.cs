namespace Hive.Core.Portfolio;

/// <summary>HRP weights (in the universe's asset order), the clustering they came from and its leaf order.</summary>
public sealed record HierarchicalRiskParityResult(double[] Weights, IReadOnlyList<ClusterMerge> Merges, int[] LeafOrder);
