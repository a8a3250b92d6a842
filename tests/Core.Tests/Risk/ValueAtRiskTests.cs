using Hive.Core.Risk;

namespace Hive.Core.Tests.Risk;

/// <summary>Each method on series small enough to check by hand; the arithmetic is in the comments.</summary>
public sealed class ValueAtRiskTests
{
    private const double Exact = 1e-12;

    // Sorted ascending: -0.04, -0.02, -0.01, 0.02, 0.03 (T = 5).
    private static readonly double[] Five = [0.02, -0.01, -0.04, 0.03, -0.02];

    [Fact]
    public void Historical_var_is_the_kth_worst_return_and_cvar_the_mean_of_the_k_worst()
    {
        var results = ValueAtRisk.Historical(Five, [0.8, 0.6, 0.5], 1);

        // c = 0.8: k = ceil(0.2 * 5) = 1 -> VaR = CVaR = 0.04.
        Assert.Equal(new RiskEstimate(0.8, 0.04, 0.04), results[0]);
        // c = 0.6: k = ceil(0.4 * 5) = 2 -> VaR = 0.02, CVaR = (0.04 + 0.02) / 2 = 0.03.
        Assert.Equal(0.02, results[1].Var, Exact);
        Assert.Equal(0.03, results[1].Cvar, Exact);
        // c = 0.5: k = ceil(2.5) = 3 -> VaR = 0.01, CVaR = (0.04 + 0.02 + 0.01) / 3.
        Assert.Equal(0.01, results[2].Var, Exact);
        Assert.Equal(0.07 / 3, results[2].Cvar, Exact);
    }

    [Theory]
    [InlineData(0.95, 100, 5)] // 0.05 * 100 = 5 exactly, although (1 - 0.95) * 100 is 5.000000000000004 in binary
    [InlineData(0.99, 100, 1)]
    [InlineData(0.95, 101, 6)] // ceil(5.05)
    [InlineData(0.9, 10, 1)]
    [InlineData(0.999, 10, 1)] // ceil(0.01): a tail is never empty
    public void The_tail_count_is_the_ceiling_of_the_share_beyond_the_confidence(double confidence, int count, int k) =>
        Assert.Equal(k, ValueAtRisk.TailCount(confidence, count));

    [Fact]
    public void Historical_horizon_returns_compound_overlapping_windows()
    {
        // Windows of 2 over 0.1, -0.1, 0.2: 1.1 * 0.9 - 1 = -0.01 and 0.9 * 1.2 - 1 = 0.08.
        var windows = ValueAtRisk.HorizonReturns([0.1, -0.1, 0.2], 2);
        Assert.Equal(2, windows.Length);
        Assert.Equal(-0.01, windows[0], Exact);
        Assert.Equal(0.08, windows[1], Exact);

        // T = 2, c = 0.5: k = 1, the worse window -0.01.
        var result = ValueAtRisk.Historical([0.1, -0.1, 0.2], [0.5], 2).Single();
        Assert.Equal(0.01, result.Var, Exact);
        Assert.Equal(0.01, result.Cvar, Exact);
    }

    [Fact]
    public void Parametric_uses_the_sample_standard_deviation_and_the_normal_quantile()
    {
        // 0.01, -0.01, 0.03, -0.03: mean 0, squared deviations sum to 0.002, sigma = sqrt(0.002 / 3).
        // c = 0.975: z = -1.959963984540054, phi(z) = exp(-z^2 / 2) / sqrt(2 pi).
        var sigma = Math.Sqrt(0.002 / 3);
        const double z = -1.959963984540054;
        var phi = Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI);
        var result = ValueAtRisk.Parametric([0.01, -0.01, 0.03, -0.03], [0.975], 1).Single();

        Assert.Equal(-z * sigma, result.Var, 1e-14);
        Assert.Equal(sigma * phi / 0.025, result.Cvar, 1e-14);
    }

    [Fact]
    public void Parametric_scales_the_mean_by_h_and_sigma_by_the_root_of_h()
    {
        // 0.02, 0: mean 0.01, sigma = sqrt((0.0001 + 0.0001) / 1). Over 4 days: mean 0.04, sigma 2 * sqrt(0.0002).
        const double z = -1.6448536269514729; // c = 0.95
        var sigma4 = 2 * Math.Sqrt(0.0002);
        var phi = Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI);
        var result = ValueAtRisk.Parametric([0.02, 0], [0.95], 4).Single();

        Assert.Equal(-(0.04 + z * sigma4), result.Var, 1e-14);
        Assert.Equal(-0.04 + sigma4 * phi / 0.05, result.Cvar, 1e-14);
    }

    [Fact]
    public void Cornish_fisher_on_symmetric_returns_corrects_only_for_kurtosis()
    {
        // 0.01, -0.01, 0.03, -0.03: S = 0; m2 = 0.002 / 4 = 5e-4, m4 = (2e-8 + 2 * 81e-8) / 4 = 4.1e-7,
        // K = 4.1e-7 / 2.5e-7 - 3 = -1.36. z_cf = z + (z^3 - 3z) K / 24; CVaR bracket 1 + (z^2 - 1) K / 24.
        var sigma = Math.Sqrt(0.002 / 3);
        const double z = -1.6448536269514729, k = -1.36;
        var phi = Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI);
        var result = ValueAtRisk.CornishFisher([0.01, -0.01, 0.03, -0.03], [0.95], 1).Single();

        Assert.Equal(-(z + (z * z * z - 3 * z) * k / 24) * sigma, result.Var, 1e-14);
        Assert.Equal(sigma * phi / 0.05 * (1 + (z * z - 1) * k / 24), result.Cvar, 1e-14);
    }

    [Fact]
    public void Negative_skew_makes_cornish_fisher_var_larger_than_the_normal_one()
    {
        // One crash among small gains: the left tail is heavier than a normal's with the same sigma.
        double[] returns = [0.01, 0.012, 0.008, 0.011, 0.009, -0.08, 0.01, 0.012, 0.009, 0.011];
        var normal = ValueAtRisk.Parametric(returns, [0.99], 1).Single();
        var cornishFisher = ValueAtRisk.CornishFisher(returns, [0.99], 1).Single();

        Assert.True(ReturnMoments.Of(returns).Skewness < 0);
        Assert.True(cornishFisher.Var > normal.Var, $"{cornishFisher.Var} <= {normal.Var}");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(1.5)]
    [InlineData(-0.95)]
    [InlineData(double.NaN)]
    public void A_confidence_outside_zero_to_one_is_refused_by_every_method(double confidence)
    {
        var returns = new JointReturns([new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4)], [[0.01, -0.02, 0.005]]);
        foreach (var estimate in new Func<IReadOnlyList<RiskEstimate>>[]
                 {
                     () => ValueAtRisk.Historical(Five, [0.95, confidence], 1),
                     () => ValueAtRisk.Parametric(Five, [confidence], 1),
                     () => ValueAtRisk.CornishFisher(Five, [confidence], 1),
                     () => ValueAtRisk.MonteCarlo(returns, [1.0], [confidence], 1, 10, 1),
                 })
            Assert.Contains("confidence must be strictly between 0 and 1", Assert.Throws<ArgumentException>(estimate).Message);
    }

    [Fact]
    public void A_horizon_below_one_day_is_refused()
    {
        Assert.Contains("horizon must be at least 1", Assert.Throws<ArgumentException>(() => ValueAtRisk.Historical(Five, [0.95], 0)).Message);
        Assert.Contains("horizon must be at least 1", Assert.Throws<ArgumentException>(() => ValueAtRisk.Parametric(Five, [0.95], -1)).Message);
    }

    [Fact]
    public void Too_few_returns_are_named_with_how_many_are_needed()
    {
        Assert.Contains("0 daily return(s) give no 1-day window", Assert.Throws<ArgumentException>(() => ValueAtRisk.Historical([], [0.95], 1)).Message);
        Assert.Contains("2 daily return(s) give no 3-day window", Assert.Throws<ArgumentException>(() => ValueAtRisk.Historical([0.01, 0.02], [0.95], 3)).Message);
        Assert.Contains("too few returns for a standard deviation: 1", Assert.Throws<ArgumentException>(() => ValueAtRisk.Parametric([0.01], [0.95], 1)).Message);
        Assert.Contains("skewness and kurtosis are undefined", Assert.Throws<ArgumentException>(() => ValueAtRisk.CornishFisher([0.01, 0.01, 0.01], [0.95], 1)).Message);
    }
}
