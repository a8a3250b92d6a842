using Hive.Core.Portfolio;
using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Tests.Portfolio;

/// <summary>
/// Two uncorrelated assets (variances 0.04, 0.09), prior π = (0.05, 0.07), τ = 0.05 and an absolute view that asset A
/// returns 10%, worked by hand: PτΣPᵀ = 0.002, Ω = 0.002, so the posterior moves A halfway to its view (0.075) and its
/// variance to 0.04 + 0.002 − 0.002²/0.004 = 0.041.
/// </summary>
public sealed class BlackLittermanTests
{
    private static readonly string[] Assets = ["A", "B"];

    private static readonly Matrix<double> Covariance = Matrix<double>.Build.DenseOfArray(new[,] { { 0.04, 0 }, { 0, 0.09 } });

    private static readonly double[] Prior = [0.05, 0.07];

    [Fact]
    public void An_absolute_view_with_the_default_omega_moves_the_return_halfway()
    {
        var posterior = BlackLitterman.Posterior(Assets, Covariance, Prior, new PortfolioViews([new("A", 0.10)], []), tau: 0.05);
        Assert.Equal(0.075, posterior.Returns[0], 14);
        Assert.Equal(0.07, posterior.Returns[1], 14);
        Assert.Equal(0.041, posterior.Covariance[0, 0], 14);
        Assert.Equal(0.0945, posterior.Covariance[1, 1], 14);
        Assert.Equal(0, posterior.Covariance[0, 1], 14);
        Assert.Equal(0.002, posterior.Omega[0, 0], 14);
    }

    [Theory]
    [InlineData(1.0, 0.10)]
    [InlineData(0.5, 0.075)]
    [InlineData(0.0, 0.05)]
    public void Idzorek_confidence_sets_how_far_the_view_pulls(double confidence, double expected)
    {
        var views = new PortfolioViews([new("A", 0.10)], [], [confidence]);
        var posterior = BlackLitterman.Posterior(Assets, Covariance, Prior, views, tau: 0.05);
        Assert.Equal(expected, posterior.Returns[0], 7);
    }

    [Fact]
    public void A_relative_view_moves_the_long_asset_up_and_the_short_one_down()
    {
        // P = (1, −1), Q = 0.1, Pπ = −0.02, PτΣPᵀ = Ω = 0.0065: each moves τΣPᵀ·0.12/0.013 = (0.002, −0.0045)·9.2308
        var posterior = BlackLitterman.Posterior(Assets, Covariance, Prior, new PortfolioViews([], [new RelativeView(["A"], ["B"], 0.1)]), tau: 0.05);
        Assert.Equal(0.05 + 0.002 * 0.12 / 0.013, posterior.Returns[0], 14);
        Assert.Equal(0.07 - 0.0045 * 0.12 / 0.013, posterior.Returns[1], 14);
    }

    [Fact]
    public void Weights_are_proportional_to_the_inverse_covariance_times_returns()
    {
        // Σ⁻¹μ = (0.075/0.04, 0.07/0.09) = (1.875, 0.7778), normalised
        var weights = BlackLitterman.Weights([0.075, 0.07], Covariance, riskAversion: 2.5);
        Assert.Equal(1.875 / (1.875 + 0.07 / 0.09), weights[0], 14);
    }

    [Fact]
    public void A_view_on_an_unknown_asset_is_an_error_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            BlackLitterman.Posterior(Assets, Covariance, Prior, new PortfolioViews([new("TSLA", 0.3)], [])));
        Assert.Contains("unknown asset TSLA", error.Message);
    }

    [Fact]
    public void Repeated_views_held_with_full_confidence_are_refused_not_divided_by_zero()
    {
        var views = new PortfolioViews([new("A", 0.10), new("A", 0.12)], [], [1, 1]);
        var error = Assert.Throws<ArgumentException>(() => BlackLitterman.Posterior(Assets, Covariance, Prior, views));
        Assert.Contains("singular", error.Message);
    }

    [Fact]
    public void The_market_prior_of_a_single_cap_weighted_asset_pair_is_delta_sigma_w_plus_rf()
    {
        var prior = BlackLitterman.MarketImpliedPrior([3e9, 1e9], 2, Covariance, 0.01);
        Assert.Equal(2 * 0.04 * 0.75 + 0.01, prior[0], 14);
        Assert.Equal(2 * 0.09 * 0.25 + 0.01, prior[1], 14);
    }
}
