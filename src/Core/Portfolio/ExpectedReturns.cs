namespace Hive.Core.Portfolio;

/// <summary>
/// Annualised expected returns per asset from periodic returns, as PyPortfolioOpt's <c>expected_returns</c> computes them
/// (<paramref name="frequency"/> periods a year, 252 for daily data). Each asset uses the returns it has.
/// </summary>
public static class ExpectedReturns
{
    public const int TradingDays = 252;

    /// <summary>
    /// Compounded: the geometric mean (Π(1 + r))^(frequency / count) − 1 over the asset's own returns (its CAGR);
    /// otherwise the arithmetic mean × frequency.
    /// </summary>
    public static double[] MeanHistorical(ReturnTable returns, bool compounding = true, int frequency = TradingDays)
    {
        CheckFrequency(frequency);
        return compounding
            ? returns.Columns.Select(c => Compounded(c, frequency)).ToArray()
            : returns.Means().Select(m => m * frequency).ToArray();
    }

    /// <summary>
    /// Exponentially weighted mean return with span s (α = 2 / (s + 1), pandas' <c>ewm(span).mean()</c> at the last date:
    /// weights (1 − α)^age over the asset's returns, age counted in dates), then (1 + m)^frequency − 1 when compounding,
    /// else m × frequency.
    /// </summary>
    public static double[] Exponential(ReturnTable returns, int span = 500, bool compounding = true, int frequency = TradingDays)
    {
        CheckFrequency(frequency);
        if (span < 1) throw new ArgumentException($"span {span}: must be at least 1");
        return returns.Columns.Select(c =>
        {
            var mean = ExponentialMean(c, span);
            return compounding ? Math.Pow(1 + mean, frequency) - 1 : mean * frequency;
        }).ToArray();
    }

    /// <summary>
    /// CAPM: r_f + β_i (E[r_m] − r_f), where β_i = cov(r_i, r_m) / var(r_m) (pairwise over shared dates) and E[r_m] the market's
    /// annualised mean (compounded or not, as <see cref="MeanHistorical"/>). The market is <paramref name="market"/> (returns
    /// aligned to <paramref name="returns"/>' dates, NaN where missing) or, without one, the equal-weighted mean of the assets'
    /// returns on each date.
    /// </summary>
    public static double[] Capm(ReturnTable returns, double[]? market = null, double riskFreeRate = 0.02, bool compounding = true, int frequency = TradingDays)
    {
        CheckFrequency(frequency);
        if (market is not null && market.Length != returns.Count)
            throw new ArgumentException($"market has {market.Length} returns for {returns.Count} dates");
        market ??= Enumerable.Range(0, returns.Count).Select(t =>
        {
            double sum = 0; var n = 0;
            foreach (var c in returns.Columns) if (!double.IsNaN(c[t])) { sum += c[t]; n++; }
            return n == 0 ? double.NaN : sum / n;
        }).ToArray();
        var joint = new ReturnTable([.. returns.Assets, "market"], returns.Dates, [.. returns.Columns, market]);
        var cov = joint.Covariance();
        var m = returns.Assets.Count;
        var marketReturn = compounding ? Compounded(market, frequency) : joint.Means()[m] * frequency;
        return Enumerable.Range(0, m).Select(i => riskFreeRate + cov[i, m] / cov[m, m] * (marketReturn - riskFreeRate)).ToArray();
    }

    /// <summary>pandas' adjusted exponentially weighted mean at the last date (missing cells keep their place in the ages).</summary>
    internal static double ExponentialMean(IReadOnlyList<double> values, int span)
    {
        var decay = 1 - 2.0 / (span + 1);
        double weight = 1, sum = 0, weights = 0;
        for (var t = values.Count - 1; t >= 0; t--, weight *= decay)
        {
            if (double.IsNaN(values[t])) continue;
            sum += weight * values[t];
            weights += weight;
        }
        return weights == 0 ? double.NaN : sum / weights;
    }

    private static double Compounded(double[] column, int frequency)
    {
        double growth = 1; var n = 0;
        foreach (var r in column) if (!double.IsNaN(r)) { growth *= 1 + r; n++; }
        if (n == 0) return double.NaN;
        return Math.Pow(growth, (double)frequency / n) - 1;
    }

    private static void CheckFrequency(int frequency)
    {
        if (frequency < 1) throw new ArgumentException($"frequency {frequency}: periods per year must be at least 1");
    }
}
