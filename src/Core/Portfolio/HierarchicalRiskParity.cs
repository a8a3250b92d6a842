using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Portfolio;

/// <summary>
/// López de Prado's Hierarchical Risk Parity as PyPortfolioOpt's <c>HRPOpt</c> computes it: distances √((1 − ρ)/2)
/// (clipped to [0, 1]) from the correlation, a hierarchical clustering with the chosen linkage, the assets in the
/// dendrogram's leaf order, then recursive bisection of that ordered list: each half gets weight in inverse proportion
/// to the variance of its inverse-variance portfolio. Long only, weights sum to 1; no matrix is inverted, so a singular
/// covariance is fine.
/// </summary>
public static class HierarchicalRiskParity
{
    /// <summary>HRP from returns: pandas-style pairwise correlation and covariance of <paramref name="returns"/>.</summary>
    public static HierarchicalRiskParityResult FromReturns(ReturnTable returns, Linkage linkage = Linkage.Single) =>
        Allocate(returns.Covariance(), returns.Correlation(), linkage);

    /// <summary>HRP from a covariance alone: the correlation is derived from it (rounded to 6 decimals, as PyPortfolioOpt does).</summary>
    public static HierarchicalRiskParityResult FromCovariance(Matrix<double> covariance, Linkage linkage = Linkage.Single)
    {
        var sd = covariance.Diagonal().Map(Math.Sqrt);
        if (sd.Any(s => !(s > 0))) throw new ArgumentException("covariance has an asset with zero or negative variance");
        var correlation = Matrix<double>.Build.Dense(covariance.RowCount, covariance.RowCount,
            (i, j) => Math.Round(covariance[i, j] / (sd[i] * sd[j]), 6, MidpointRounding.ToEven));
        return Allocate(covariance, correlation, linkage);
    }

    public static HierarchicalRiskParityResult Allocate(Matrix<double> covariance, Matrix<double> correlation, Linkage linkage)
    {
        var n = covariance.RowCount;
        if (n < 2) throw new ArgumentException($"{n} asset(s): a portfolio needs at least two");
        if (covariance.Diagonal().Any(v => !(v > 0))) throw new ArgumentException("covariance has an asset with zero or negative variance");
        var distances = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                distances[i, j] = Math.Sqrt(Math.Clamp((1 - correlation[i, j]) / 2, 0, 1));
        var merges = HierarchicalClustering.Link(distances, linkage);
        var order = HierarchicalClustering.LeafOrder(merges);
        return new HierarchicalRiskParityResult(Bisect(covariance, order), merges, order);
    }

    private static double[] Bisect(Matrix<double> covariance, int[] order)
    {
        var weights = Enumerable.Repeat(1.0, covariance.RowCount).ToArray();
        var clusters = new List<int[]> { order };
        while (clusters.Count > 0)
        {
            clusters = clusters.Where(c => c.Length > 1).SelectMany(c => new[] { c[..(c.Length / 2)], c[(c.Length / 2)..] }).ToList();
            for (var k = 0; k < clusters.Count; k += 2)
            {
                var first = ClusterVariance(covariance, clusters[k]);
                var second = ClusterVariance(covariance, clusters[k + 1]);
                var alpha = 1 - first / (first + second);
                foreach (var i in clusters[k]) weights[i] *= alpha;
                foreach (var i in clusters[k + 1]) weights[i] *= 1 - alpha;
            }
        }
        return weights;
    }

    /// <summary>The variance of the cluster's inverse-variance portfolio.</summary>
    private static double ClusterVariance(Matrix<double> covariance, int[] members)
    {
        var w = members.Select(i => 1 / covariance[i, i]).ToArray();
        var total = w.Sum();
        double variance = 0;
        for (var a = 0; a < members.Length; a++)
            for (var b = 0; b < members.Length; b++)
                variance += w[a] / total * covariance[members[a], members[b]] * w[b] / total;
        return variance;
    }
}
