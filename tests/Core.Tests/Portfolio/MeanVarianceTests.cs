using Hive.Core.Portfolio;
using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Tests.Portfolio;

/// <summary>Each optimiser on problems small enough to solve by hand (Lagrange conditions), exact to 1e-9 on the weights.</summary>
public sealed class MeanVarianceTests
{
    private static Matrix<double> M(double[,] values) => Matrix<double>.Build.DenseOfArray(values);

    private static readonly Matrix<double> TwoAssets = M(new[,] { { 0.04, 0.01 }, { 0.01, 0.09 } });

    private static readonly Matrix<double> Diagonal = M(new[,] { { 0.04, 0, 0 }, { 0, 0.09, 0 }, { 0, 0, 0.16 } });

    private static void Weights(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], 9);
    }

    [Fact]
    public void Min_volatility_of_two_assets_is_the_textbook_formula()
    {
        // w₁ = (σ₂² − σ₁₂) / (σ₁² + σ₂² − 2σ₁₂) = 0.08 / 0.11
        Weights([8.0 / 11, 3.0 / 11], MeanVariance.MinVolatility(TwoAssets, WeightConstraints.Uniform(2)));
    }

    [Fact]
    public void Min_volatility_of_uncorrelated_assets_weights_inverse_variance()
    {
        Weights([36.0 / 61, 16.0 / 61, 9.0 / 61], MeanVariance.MinVolatility(Diagonal, WeightConstraints.Uniform(3)));
    }

    [Fact]
    public void An_upper_bound_binds_and_the_rest_goes_to_the_other_asset()
    {
        Weights([0.6, 0.4], MeanVariance.MinVolatility(TwoAssets, WeightConstraints.Uniform(2, 0, 0.6)));
    }

    [Fact]
    public void A_group_cap_binds_and_the_group_splits_by_inverse_variance()
    {
        var constraints = new WeightConstraints([0, 0, 0], [1, 1, 1], [new AssetGroup("tech", [0, 1], 0, 0.5)]);
        Weights([9.0 / 26, 2.0 / 13, 0.5], MeanVariance.MinVolatility(Diagonal, constraints));
    }

    [Fact]
    public void An_l2_penalty_acts_as_extra_variance_on_every_asset()
    {
        // min 0.04w₁² + 0.09w₂² + 0.01‖w‖²: w ∝ 1/0.05, 1/0.1
        var covariance = M(new[,] { { 0.04, 0 }, { 0, 0.09 } });
        Weights([2.0 / 3, 1.0 / 3], MeanVariance.MinVolatility(covariance, WeightConstraints.Uniform(2, penalty: 0.01)));
    }

    [Fact]
    public void A_turnover_penalty_pulls_towards_the_current_weights()
    {
        // min 0.04(w₁² + w₂²) + 0.04((w₁ − 1)² + w₂²): 0.16w₁ − 0.08 = 0.16w₂, so w₁ − w₂ = 0.5
        var covariance = M(new[,] { { 0.04, 0 }, { 0, 0.04 } });
        var constraints = new WeightConstraints([0, 0], [1, 1], penalty: 0.04, anchor: [1, 0]);
        Weights([0.75, 0.25], MeanVariance.MinVolatility(covariance, constraints));
    }

    [Fact]
    public void Efficient_return_meets_the_target_at_least_variance()
    {
        // Lagrange: wᵢ = (λ + ημᵢ) / 2σᵢ², Σw = 1, μᵀw = 0.12, solved in fractions: (11/140, 31/70, 67/140)
        var weights = MeanVariance.EfficientReturn([0.05, 0.10, 0.15], Diagonal, 0.12, WeightConstraints.Uniform(3));
        Weights([11.0 / 140, 31.0 / 70, 67.0 / 140], weights);
    }

    [Fact]
    public void Efficient_return_above_every_asset_is_an_error_naming_the_highest()
    {
        var error = Assert.Throws<InfeasibleProblemException>(() => MeanVariance.EfficientReturn([0.05, 0.10, 0.15], Diagonal, 0.2, WeightConstraints.Uniform(3)));
        Assert.Contains("0.15", error.Message);
    }

    [Fact]
    public void Efficient_risk_returns_the_higher_return_root_of_the_volatility_equation()
    {
        // 0.04w₁² + 0.09(1 − w₁)² = 0.25²: w₁ = (0.18 − √0.0181) / 0.26, the smaller root (more of the 20% asset)
        var covariance = M(new[,] { { 0.04, 0 }, { 0, 0.09 } });
        var weights = MeanVariance.EfficientRisk([0.1, 0.2], covariance, 0.25, WeightConstraints.Uniform(2));
        Weights([0.17486061357408797, 0.825139386425912], weights);
        Assert.Equal(0.25, PortfolioPerformance.VolatilityOf(weights, covariance), 12);
    }

    [Fact]
    public void Efficient_risk_with_a_target_that_does_not_bind_holds_the_highest_return()
    {
        var covariance = M(new[,] { { 0.04, 0 }, { 0, 0.09 } });
        Weights([0, 1], MeanVariance.EfficientRisk([0.1, 0.2], covariance, 0.5, WeightConstraints.Uniform(2)));
    }

    [Fact]
    public void Efficient_risk_below_the_minimum_volatility_is_an_error_naming_the_minimum()
    {
        var error = Assert.Throws<ArgumentException>(() => MeanVariance.EfficientRisk([0.1, 0.2], TwoAssets, 0.1, WeightConstraints.Uniform(2)));
        Assert.Contains("below the minimum volatility 0.178377", error.Message);
    }

    [Fact]
    public void Max_sharpe_of_uncorrelated_assets_is_proportional_to_excess_return_over_variance()
    {
        // w ∝ (0.08/0.04, 0.13/0.09) = (2, 13/9) → (18/31, 13/31)
        var covariance = M(new[,] { { 0.04, 0 }, { 0, 0.09 } });
        Weights([18.0 / 31, 13.0 / 31], MeanVariance.MaxSharpe([0.1, 0.15], covariance, 0.02, WeightConstraints.Uniform(2)));
    }

    [Fact]
    public void Max_sharpe_respects_an_upper_bound()
    {
        var covariance = M(new[,] { { 0.04, 0 }, { 0, 0.09 } });
        Weights([0.5, 0.5], MeanVariance.MaxSharpe([0.1, 0.15], covariance, 0.02, WeightConstraints.Uniform(2, 0, 0.5)));
    }

    [Fact]
    public void Max_sharpe_long_short_shorts_the_asset_below_the_risk_free_rate()
    {
        // w ∝ (−0.01/0.04, 0.13/0.09) = (−1/4, 13/9) → (−9/43, 52/43)
        var covariance = M(new[,] { { 0.04, 0 }, { 0, 0.09 } });
        Weights([-9.0 / 43, 52.0 / 43], MeanVariance.MaxSharpe([0.01, 0.15], covariance, 0.02, WeightConstraints.Uniform(2, -1, 2)));
        Weights([0, 1], MeanVariance.MaxSharpe([0.01, 0.15], covariance, 0.02, WeightConstraints.Uniform(2)));
    }

    [Fact]
    public void Max_sharpe_without_a_return_above_the_risk_free_rate_is_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => MeanVariance.MaxSharpe([0.01, 0.015], TwoAssets, 0.02, WeightConstraints.Uniform(2)));
        Assert.Contains("above the risk-free rate", error.Message);
    }

    [Fact]
    public void The_frontier_runs_from_the_minimum_volatility_to_the_highest_return_and_rises()
    {
        var frontier = MeanVariance.Frontier([0.05, 0.10, 0.15], Diagonal, WeightConstraints.Uniform(3), 10);
        Assert.Equal(10, frontier.Count);
        var minimum = PortfolioPerformance.VolatilityOf(MeanVariance.MinVolatility(Diagonal, WeightConstraints.Uniform(3)), Diagonal);
        Assert.Equal(minimum, frontier[0].Volatility, 9);
        Assert.Equal(0.15, frontier[^1].ExpectedReturn, 6);
        for (var k = 1; k < frontier.Count; k++)
        {
            Assert.True(frontier[k].ExpectedReturn > frontier[k - 1].ExpectedReturn);
            Assert.True(frontier[k].Volatility > frontier[k - 1].Volatility);
        }
    }

    [Fact]
    public void Bounds_that_cannot_sum_to_one_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => WeightConstraints.Uniform(3, 0, 0.3));
        Assert.Contains("bounds cannot sum to 1", error.Message);
        Assert.Throws<ArgumentException>(() => WeightConstraints.Uniform(3, 0.4, 1));
    }

    [Fact]
    public void A_singular_covariance_is_refused_by_min_volatility()
    {
        var singular = M(new[,] { { 0.04, 0.04 }, { 0.04, 0.04 } });
        var error = Assert.Throws<ArgumentException>(() => MeanVariance.MinVolatility(singular, WeightConstraints.Uniform(2)));
        Assert.Contains("singular", error.Message);
    }
}
