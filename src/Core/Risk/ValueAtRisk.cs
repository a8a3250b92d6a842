using MathNet.Numerics.Distributions;

namespace Hive.Core.Risk;

/// <summary>
/// Value at risk and CVaR (expected shortfall) of simple daily returns, four ways, each at several confidences c in
/// (0, 1) over a horizon of h ≥ 1 days. Results are positive fractions of value (a 3% loss is 0.03). Statistics are
/// <c>double</c>: they are estimates of a distribution, not amounts of money. See docs/risk.md.
/// <list type="bullet">
/// <item>Historical: over the T returns sorted ascending (for h &gt; 1 the T = n − h + 1 overlapping h-day returns
/// Π(1 + r) − 1), VaR is minus the k-th worst with k = ⌈(1 − c)·T⌉ (1-based, no interpolation), CVaR minus the mean
/// of the k worst.</item>
/// <item>Parametric (normal): with the sample mean μ and sample standard deviation σ (n − 1) of the daily returns and
/// z = Φ⁻¹(1 − c), VaR = −(μh + zσ√h) and CVaR = −μh + σ√h·φ(z)/(1 − c).</item>
/// <item>Cornish-Fisher: as parametric with z replaced by z + (z² − 1)S/6 + (z³ − 3z)K/24 − (2z³ − 5z)S²/36 (skewness S,
/// excess kurtosis K of <see cref="ReturnMoments"/>, not rescaled with h). CVaR is the mean of the expansion's quantiles
/// beyond the VaR, whose closed form is −μh + σ√h·φ(z)/(1 − c)·[1 + zS/6 + (z² − 1)K/24 − (2z² − 1)S²/36].</item>
/// <item>Monte Carlo: <see cref="PortfolioSimulation"/> draws the portfolio's h-day returns; the historical rules apply
/// to them.</item>
/// </list>
/// </summary>
public static class ValueAtRisk
{
    public static IReadOnlyList<RiskEstimate> Historical(IReadOnlyList<double> dailyReturns, IReadOnlyList<double> confidences, int horizonDays)
    {
        CheckConfidences(confidences);
        var returns = HorizonReturns(dailyReturns, horizonDays);
        Array.Sort(returns);
        return Tail(returns, confidences);
    }

    public static IReadOnlyList<RiskEstimate> Parametric(IReadOnlyList<double> dailyReturns, IReadOnlyList<double> confidences, int horizonDays) =>
        Analytic(ReturnMoments.Of(dailyReturns), confidences, horizonDays, cornishFisher: false);

    public static IReadOnlyList<RiskEstimate> CornishFisher(IReadOnlyList<double> dailyReturns, IReadOnlyList<double> confidences, int horizonDays)
    {
        var moments = ReturnMoments.Of(dailyReturns);
        if (!double.IsFinite(moments.Skewness))
            throw new ArgumentException($"the {moments.Count} returns are all {moments.Mean}: skewness and kurtosis are undefined, use --method parametric");
        return Analytic(moments, confidences, horizonDays, cornishFisher: true);
    }

    /// <summary>VaR and CVaR of <paramref name="simulations"/> h-day portfolio returns drawn by <see cref="PortfolioSimulation.Draw"/>.</summary>
    public static IReadOnlyList<RiskEstimate> MonteCarlo(JointReturns returns, IReadOnlyList<double> weights, IReadOnlyList<double> confidences, int horizonDays,
        int simulations, int seed)
    {
        CheckConfidences(confidences);
        var simulated = PortfolioSimulation.Draw(returns, weights, horizonDays, simulations, seed);
        Array.Sort(simulated);
        return Tail(simulated, confidences);
    }

    /// <summary>
    /// k = ⌈(1 − c)·T⌉, the number of returns in the tail. Computed in decimal from c to 15 significant digits: in binary,
    /// (1 − 0.95)·100 is 5.000000000000004 and its ceiling 6, not the 5 anyone checking by hand expects.
    /// </summary>
    public static int TailCount(double confidence, int count) => (int)Math.Ceiling((1m - (decimal)confidence) * count);

    /// <summary>The overlapping compounded h-day returns Π(1 + r) − 1 of each window of h consecutive daily returns.</summary>
    public static double[] HorizonReturns(IReadOnlyList<double> dailyReturns, int horizonDays)
    {
        CheckHorizon(horizonDays);
        var windows = dailyReturns.Count - horizonDays + 1;
        if (dailyReturns.Count == 0 || windows < 1)
            throw new ArgumentException($"too few returns: {dailyReturns.Count} daily return(s) give no {horizonDays}-day window (need at least {horizonDays}, i.e. {horizonDays + 1} shared dates)");
        var result = new double[windows];
        for (var start = 0; start < windows; start++)
        {
            // (1 + g)(1 + r) − 1 as g + r + g·r: no 1 is added and taken away again, so a 1-day window is its return exactly.
            var compounded = dailyReturns[start];
            for (var i = start + 1; i < start + horizonDays; i++) compounded += dailyReturns[i] + compounded * dailyReturns[i];
            result[start] = compounded;
        }
        return result;
    }

    internal static void CheckHorizon(int horizonDays)
    {
        if (horizonDays < 1) throw new ArgumentException($"horizon must be at least 1 day, got {horizonDays}");
    }

    private static void CheckConfidences(IReadOnlyList<double> confidences)
    {
        if (confidences.Count == 0) throw new ArgumentException("no confidence given (e.g. 0.95,0.99)");
        foreach (var c in confidences)
            if (!(c is > 0 and < 1)) throw new ArgumentException($"confidence must be strictly between 0 and 1 (0.99 for 99%), got {c}");
    }

    private static RiskEstimate[] Tail(double[] sortedReturns, IReadOnlyList<double> confidences) =>
        confidences.Select(c =>
        {
            var k = TailCount(c, sortedReturns.Length);
            var worst = 0.0;
            for (var i = 0; i < k; i++) worst += sortedReturns[i];
            return new RiskEstimate(c, -sortedReturns[k - 1], -worst / k);
        }).ToArray();

    private static RiskEstimate[] Analytic(ReturnMoments m, IReadOnlyList<double> confidences, int horizonDays, bool cornishFisher)
    {
        CheckConfidences(confidences);
        CheckHorizon(horizonDays);
        var mean = m.Mean * horizonDays;
        var sigma = m.StandardDeviation * Math.Sqrt(horizonDays);
        var (s, k) = cornishFisher ? (m.Skewness, m.ExcessKurtosis) : (0, 0);
        return confidences.Select(c =>
        {
            var z = Normal.InvCDF(0, 1, 1 - c);
            var quantile = z + (z * z - 1) * s / 6 + (z * z * z - 3 * z) * k / 24 - (2 * z * z * z - 5 * z) * s * s / 36;
            var tailMean = 1 + z * s / 6 + (z * z - 1) * k / 24 - (2 * z * z - 1) * s * s / 36;
            return new RiskEstimate(c, -(mean + quantile * sigma), -mean + sigma * Normal.PDF(0, 1, z) / (1 - c) * tailMean);
        }).ToArray();
    }
}
