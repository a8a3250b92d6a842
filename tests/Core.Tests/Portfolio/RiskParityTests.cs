using Hive.Core.Portfolio;
using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Tests.Portfolio;

public sealed class RiskParityTests
{
    [Fact]
    public void Uncorrelated_assets_get_weights_inverse_to_volatility()
    {
        var covariance = Matrix<double>.Build.DenseOfArray(new[,] { { 0.04, 0 }, { 0, 0.09 } });
        var weights = RiskParity.EqualRiskContribution(covariance);
        Assert.Equal(0.6, weights[0], 12);
        Assert.Equal(0.4, weights[1], 12);
    }

    [Fact]
    public void A_budget_of_80_20_on_uncorrelated_assets_gives_weights_proportional_to_root_budget_over_volatility()
    {
        // wᵢ ∝ √bᵢ / σᵢ: √0.8 / 0.2 is three times √0.2 / 0.3
        var covariance = Matrix<double>.Build.DenseOfArray(new[,] { { 0.04, 0 }, { 0, 0.09 } });
        var weights = RiskParity.Weights(covariance, [0.8, 0.2]);
        Assert.Equal(0.75, weights[0], 12);
        Assert.Equal(0.25, weights[1], 12);
    }

    [Fact]
    public void On_the_reference_covariance_each_assets_share_of_risk_equals_its_budget()
    {
        var covariance = RiskModels.Sample(ReferenceData.Stocks.Returns());
        var budgets = Enumerable.Range(1, 20).Select(i => i / 210.0).ToArray();
        var weights = RiskParity.Weights(covariance, budgets);
        var contributions = PortfolioPerformance.RiskContributions(weights, covariance);
        for (var i = 0; i < 20; i++) Assert.Equal(budgets[i], contributions[i], 10);
        Assert.All(weights, w => Assert.True(w > 0));
    }

    [Fact]
    public void A_budget_that_does_not_sum_to_one_is_refused()
    {
        var covariance = Matrix<double>.Build.DenseOfArray(new[,] { { 0.04, 0 }, { 0, 0.09 } });
        var error = Assert.Throws<ArgumentException>(() => RiskParity.Weights(covariance, [0.5, 0.4]));
        Assert.Contains("sum to 0.9, not 1", error.Message);
        Assert.Throws<ArgumentException>(() => RiskParity.Weights(covariance, [1.2, -0.2]));
    }
}
