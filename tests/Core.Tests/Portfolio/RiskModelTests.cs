using Hive.Core.Portfolio;
using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Tests.Portfolio;

/// <summary>
/// Returns and covariances on tables small enough to check by hand. A: 100, 110, 99, 108.9 (returns 0.1, −0.1, 0.1);
/// B starts a date later: 50, 55, 49.5 (returns 0.1, −0.1). Pairwise, A and B share the last two dates, where they move
/// exactly opposite: cov −0.02, corr −1, while A's variance over its three returns is 0.04/3.
/// </summary>
public sealed class RiskModelTests
{
    private const string Csv = "date,A,B\n2024-01-01,100,\n2024-01-02,110,50\n2024-01-03,99,55\n2024-01-04,108.9,49.5\n";

    private static ReturnTable Returns => PriceTable.ParseCsv(Csv).Returns();

    [Fact]
    public void Returns_start_where_each_asset_has_two_prices_and_the_all_missing_first_row_is_dropped()
    {
        var returns = Returns;
        Assert.Equal(3, returns.Count);
        Assert.Equal(new DateOnly(2024, 1, 2), returns.Dates[0]);
        Assert.True(double.IsNaN(returns.Columns[1][0]));
        Assert.Equal(0.1, returns.Columns[0][0], 14);
        Assert.Equal(-0.1, returns.Columns[1][2], 14);
    }

    [Fact]
    public void An_interior_gap_is_padded_as_pandas_pct_change_does()
    {
        var returns = PriceTable.ParseCsv("date,A,B\n2024-01-01,100,10\n2024-01-02,,11\n2024-01-03,120,12\n2024-01-04,126,11\n").Returns();
        Assert.Equal(0, returns.Columns[0][0], 14);
        Assert.Equal(0.2, returns.Columns[0][1], 14);
    }

    [Fact]
    public void Pairwise_covariance_and_correlation_use_the_dates_each_pair_shares()
    {
        var returns = Returns;
        var cov = returns.Covariance();
        Assert.Equal(0.04 / 3, cov[0, 0], 14);
        Assert.Equal(0.02, cov[1, 1], 14);
        Assert.Equal(-0.02, cov[0, 1], 14);
        Assert.Equal(-1, returns.Correlation()[0, 1], 12);
    }

    [Fact]
    public void The_sample_risk_model_repairs_the_pairwise_matrix_that_is_not_positive_semidefinite()
    {
        // ×252 the pairwise matrix is [[3.36, −5.04], [−5.04, 5.04]] with eigenvalues 9.3095 and −0.9095; dropping the
        // negative one leaves λ₁v₁v₁ᵀ (python's math module: eigenvector (b, λ₁ − a) normalised).
        var sample = RiskModels.Sample(Returns);
        Assert.Equal(3.8895223893840014, sample[0, 0], 10);
        Assert.Equal(-4.591427240047501, sample[0, 1], 10);
        Assert.Equal(5.4199981360665035, sample[1, 1], 10);
        Assert.True(RiskModels.IsPositiveSemidefinite(sample + Matrix<double>.Build.DenseIdentity(2) * 1e-12));
    }

    [Fact]
    public void The_spectral_repair_keeps_the_positive_eigenvalue()
    {
        var repaired = RiskModels.RepairPositiveSemidefinite(Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 2, 1 } }));
        Assert.Equal(1.5, repaired[0, 0], 12);
        Assert.Equal(1.5, repaired[0, 1], 12);
        Assert.Equal(1.5, repaired[1, 1], 12);
    }

    [Fact]
    public void Mean_historical_return_is_each_assets_own_cagr_and_the_arithmetic_mean_times_252()
    {
        var returns = Returns;
        var cagr = ExpectedReturns.MeanHistorical(returns);
        Assert.Equal(Math.Pow(1.089, 252.0 / 3) - 1, cagr[0], 6);
        Assert.Equal(Math.Pow(0.99, 252.0 / 2) - 1, cagr[1], 12);
        var mean = ExpectedReturns.MeanHistorical(returns, compounding: false);
        Assert.Equal(0.1 / 3 * 252, mean[0], 10);
        Assert.Equal(0, mean[1], 10);
    }

    [Fact]
    public void The_exponential_mean_weights_by_age_like_pandas_ewm_with_adjust()
    {
        // span 3: α = 0.5, weights 0.25, 0.5, 1 → (0.25 + 1 + 3) / 1.75; a missing cell keeps its age, so 1 is weighted 0.125
        Assert.Equal(4.25 / 1.75, ExpectedReturns.ExponentialMean([1, 2, 3], 3), 14);
        Assert.Equal((0.125 + 1 + 3) / 1.625, ExpectedReturns.ExponentialMean([1, double.NaN, 2, 3], 3), 14);
    }

    [Fact]
    public void Capm_with_the_asset_as_its_own_market_returns_the_market_mean()
    {
        var returns = PriceTable.ParseCsv("date,A,B\n2024-01-01,100,10\n2024-01-02,101,11\n2024-01-03,99,10.5\n2024-01-04,103,10.7\n").Returns();
        var market = returns.Columns[0];
        var capm = ExpectedReturns.Capm(returns, market, riskFreeRate: 0.02);
        Assert.Equal(ExpectedReturns.MeanHistorical(returns)[0], capm[0], 12);
    }

    [Fact]
    public void Semicovariance_counts_only_returns_below_the_benchmark()
    {
        // downside of A: (0, −0.1, 0), of B: (0, 0, −0.1) with benchmark 0; T = 3
        var semi = RiskModels.Semicovariance(Returns, benchmark: 0, frequency: 1);
        Assert.Equal(0.01 / 3, semi[0, 0], 14);
        Assert.Equal(0.01 / 3, semi[1, 1], 14);
        Assert.Equal(0, semi[0, 1], 14);
    }

    [Fact]
    public void Fixed_shrinkage_blends_towards_the_mean_variance_identity()
    {
        var returns = Returns;
        var sample = returns.Covariance();
        var shrunk = CovarianceShrinkage.Fixed(returns, 0.5, frequency: 1);
        var mean = (sample[0, 0] + sample[1, 1]) / 2;
        Assert.Equal(0.5 * mean + 0.5 * sample[0, 0], shrunk.Covariance[0, 0], 14);
        Assert.Equal(0.5 * sample[0, 1], shrunk.Covariance[0, 1], 14);
        Assert.Equal(0.5, shrunk.Shrinkage);
    }

    [Fact]
    public void Ledoit_wolf_of_orthogonal_equal_variance_returns_is_the_sample_itself()
    {
        // centred orthogonal columns of equal norm: the biased sample covariance is the identity, already its target
        var returns = new ReturnTable(["A", "B"], [new(2024, 1, 1), new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4)],
            [[1, 1, -1, -1], [1, -1, 1, -1]]);
        foreach (var estimate in new[] { CovarianceShrinkage.LedoitWolf(returns, frequency: 1), CovarianceShrinkage.OracleApproximating(returns, frequency: 1) })
        {
            Assert.Equal(1, estimate.Covariance[0, 0], 12);
            Assert.Equal(0, estimate.Covariance[0, 1], 12);
        }
    }

    [Theory]
    [InlineData(ShrinkageTarget.ConstantVariance)]
    [InlineData(ShrinkageTarget.SingleFactor)]
    [InlineData(ShrinkageTarget.ConstantCorrelation)]
    public void Every_shrinkage_on_the_reference_data_has_a_shrinkage_in_0_1_and_a_positive_definite_result(ShrinkageTarget target)
    {
        var estimate = CovarianceShrinkage.LedoitWolf(ReferenceData.Stocks.Returns(), target);
        Assert.InRange(estimate.Shrinkage, 0, 1);
        Assert.True(estimate.Shrinkage > 0);
        Assert.True(RiskModels.IsPositiveSemidefinite(estimate.Covariance));
        Assert.All(estimate.Covariance.Enumerate(), v => Assert.True(double.IsFinite(v)));
        var weights = MeanVariance.MinVolatility(estimate.Covariance, WeightConstraints.Uniform(20));
        Assert.Equal(1, weights.Sum(), 10);
    }

    [Fact]
    public void Oas_and_exponential_covariance_on_the_reference_data_are_finite_and_positive_semidefinite()
    {
        var returns = ReferenceData.Stocks.Returns();
        var oas = CovarianceShrinkage.OracleApproximating(returns);
        Assert.InRange(oas.Shrinkage, 0, 1);
        foreach (var matrix in new[] { oas.Covariance, RiskModels.Exponential(returns), RiskModels.Semicovariance(returns) })
        {
            Assert.True(RiskModels.IsPositiveSemidefinite(matrix + Matrix<double>.Build.DenseIdentity(20) * 1e-12));
            Assert.All(matrix.Enumerate(), v => Assert.True(double.IsFinite(v)));
        }
    }
}
