namespace Hive.Core.Portfolio;

/// <summary>
/// One row of a linkage matrix in scipy's layout: clusters <see cref="Left"/> and <see cref="Right"/> (ids below n are
/// the assets, id n + k the cluster made by row k; Left is the smaller id) merge at <see cref="Distance"/> into a cluster
/// of <see cref="Size"/> assets.
/// </summary>
public sealed record ClusterMerge(int Left, int Right, double Distance, int Size);
