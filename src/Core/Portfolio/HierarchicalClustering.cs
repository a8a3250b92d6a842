namespace Hive.Core.Portfolio;

/// <summary>
/// Agglomerative clustering of n points from their distance matrix, giving scipy's <c>linkage</c> result: the n − 1
/// merges in order of distance, each pair labelled with the smaller cluster id first, so the leaf order of
/// <see cref="LeafOrder"/> is scipy's <c>to_tree(...).pre_order()</c>. Each step merges the closest pair of clusters
/// and updates the distances with the Lance-Williams formula of the linkage; all four linkages are monotone, so the
/// merges come out sorted. O(n³), fine for the few hundred assets of a portfolio.
/// </summary>
public static class HierarchicalClustering
{
    public static IReadOnlyList<ClusterMerge> Link(double[,] distances, Linkage linkage)
    {
        var n = distances.GetLength(0);
        if (n < 2 || distances.GetLength(1) != n) throw new ArgumentException($"clustering needs a square distance matrix of at least two points, not {n} × {distances.GetLength(1)}");
        var d = (double[,])distances.Clone();
        var id = Enumerable.Range(0, n).ToArray();
        var size = Enumerable.Repeat(1, n).ToArray();
        var alive = Enumerable.Repeat(true, n).ToArray();
        var merges = new List<ClusterMerge>(n - 1);
        for (var step = 0; step < n - 1; step++)
        {
            int a = -1, b = -1;
            var closest = double.PositiveInfinity;
            for (var i = 0; i < n; i++)
            {
                if (!alive[i]) continue;
                for (var j = i + 1; j < n; j++)
                    if (alive[j] && d[i, j] < closest) { closest = d[i, j]; a = i; b = j; }
            }
            if (a < 0) throw new ArgumentException("distances must be finite numbers");
            for (var k = 0; k < n; k++)
            {
                if (!alive[k] || k == a || k == b) continue;
                var merged = Update(linkage, d[k, a], d[k, b], closest, size[a], size[b], size[k]);
                d[k, a] = d[a, k] = merged;
            }
            merges.Add(new ClusterMerge(Math.Min(id[a], id[b]), Math.Max(id[a], id[b]), closest, size[a] + size[b]));
            alive[b] = false;
            size[a] += size[b];
            id[a] = n + step;
        }
        return merges;
    }

    /// <summary>The assets from left to right in the dendrogram (a pre-order walk, left child first).</summary>
    public static int[] LeafOrder(IReadOnlyList<ClusterMerge> merges)
    {
        var n = merges.Count + 1;
        var order = new List<int>(n);
        var pending = new Stack<int>();
        pending.Push(2 * n - 2);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node < n) { order.Add(node); continue; }
            var merge = merges[node - n];
            pending.Push(merge.Right);
            pending.Push(merge.Left);
        }
        return order.ToArray();
    }

    private static double Update(Linkage linkage, double ka, double kb, double ab, int sizeA, int sizeB, int sizeK) => linkage switch
    {
        Linkage.Single => Math.Min(ka, kb),
        Linkage.Complete => Math.Max(ka, kb),
        Linkage.Average => (sizeA * ka + sizeB * kb) / (sizeA + sizeB),
        Linkage.Ward => Math.Sqrt(((sizeA + sizeK) * ka * ka + (sizeB + sizeK) * kb * kb - sizeK * ab * ab) / (sizeA + sizeB + sizeK)),
        _ => throw new ArgumentException($"unknown linkage {linkage}"),
    };
}
