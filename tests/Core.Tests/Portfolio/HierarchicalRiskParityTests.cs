using Hive.Core.Portfolio;
using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Tests.Portfolio;

/// <summary>
/// HRP on three assets worked by hand (variances 0.04, 0.09, 0.01; correlations ρ₀₁ = 0.9, ρ₀₂ = 0.1, ρ₁₂ = 0.2): assets
/// 0 and 1 merge first, so the leaf order is [2, 0, 1]; the expected values were computed with python's math module.
/// </summary>
public sealed class HierarchicalRiskParityTests
{
    private static readonly double[] Sd = [0.2, 0.3, 0.1];

    private static readonly double[,] Rho = { { 1, 0.9, 0.1 }, { 0.9, 1, 0.2 }, { 0.1, 0.2, 1 } };

    private static Matrix<double> Correlation => Matrix<double>.Build.DenseOfArray(Rho);

    private static Matrix<double> Covariance => Matrix<double>.Build.Dense(3, 3, (i, j) => Rho[i, j] * Sd[i] * Sd[j]);

    [Theory]
    [InlineData(Linkage.Single, 0.6324555320336759)]
    [InlineData(Linkage.Complete, 0.6708203932499369)]
    [InlineData(Linkage.Average, 0.6516379626418064)]
    [InlineData(Linkage.Ward, 0.7416198487095663)]
    public void Each_linkage_merges_the_correlated_pair_first_then_joins_the_third_at_its_own_distance(Linkage linkage, double secondDistance)
    {
        var result = HierarchicalRiskParity.Allocate(Covariance, Correlation, linkage);
        Assert.Equal((0, 1, 2), (result.Merges[0].Left, result.Merges[0].Right, result.Merges[0].Size));
        Assert.Equal(0.22360679774997894, result.Merges[0].Distance, 14);
        Assert.Equal((2, 3, 3), (result.Merges[1].Left, result.Merges[1].Right, result.Merges[1].Size));
        Assert.Equal(secondDistance, result.Merges[1].Distance, 14);
        Assert.Equal([2, 0, 1], result.LeafOrder);
    }

    [Fact]
    public void Recursive_bisection_splits_by_inverse_cluster_variance()
    {
        var weights = HierarchicalRiskParity.Allocate(Covariance, Correlation, Linkage.Single).Weights;
        Assert.Equal(0.11405732111522712, weights[0], 14);
        Assert.Equal(0.050692142717878724, weights[1], 14);
        Assert.Equal(0.8352505361668942, weights[2], 14);
    }

    [Fact]
    public void Two_assets_get_inverse_variance_weights()
    {
        var covariance = Matrix<double>.Build.DenseOfArray(new[,] { { 0.04, 0.006 }, { 0.006, 0.09 } });
        var weights = HierarchicalRiskParity.FromCovariance(covariance).Weights;
        Assert.Equal(0.09 / 0.13, weights[0], 14);
        Assert.Equal(0.04 / 0.13, weights[1], 14);
    }

    [Fact]
    public void Linkages_give_different_trees_on_the_reference_data_yet_every_weight_is_positive_and_they_sum_to_one()
    {
        var returns = ReferenceData.Stocks.Returns();
        var orders = new HashSet<string>();
        foreach (var linkage in Enum.GetValues<Linkage>())
        {
            var result = HierarchicalRiskParity.FromReturns(returns, linkage);
            Assert.All(result.Weights, w => Assert.True(w > 0 && double.IsFinite(w)));
            Assert.Equal(1, result.Weights.Sum(), 12);
            Assert.Equal(19, result.Merges.Count);
            Assert.True(result.Merges.Zip(result.Merges.Skip(1)).All(p => p.First.Distance <= p.Second.Distance));
            orders.Add(string.Join(',', result.LeafOrder));
        }
        Assert.True(orders.Count > 1);
    }
}
