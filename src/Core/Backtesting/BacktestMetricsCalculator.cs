namespace Hive.Core.Backtesting;

/// <summary>
/// The metric definitions of docs/backtesting.md, over an equity curve that starts from the initial cash at
/// <c>start</c>. Per-bar returns are equity over the previous point (the first over the initial cash) minus 1; the risk-free
/// rate is 0; sample standard deviations (n − 1); years are calendar days ÷ 365.25 from <c>start</c> to the last point.
/// Ratios whose denominator is 0 (no volatility, no drawdown, no losing trade) are reported as 0, except a profit factor
/// with winners and no losers, which is +∞.
/// </summary>
public static class BacktestMetricsCalculator
{
    public static BacktestMetrics Compute(decimal initialCash, DateTime start, IReadOnlyList<DateTime> times, IReadOnlyList<decimal> equity,
        IReadOnlyList<decimal>? benchmark, IReadOnlyList<TradeRecord> trades, decimal tradedNotional, int exposedPoints, decimal totalFees,
        double barsPerYear)
    {
        var n = equity.Count;
        if (n == 0) return new BacktestMetrics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, trades.Count, initialCash, totalFees);
        var returns = Returns((double)initialCash, equity);
        var final = equity[n - 1];
        var totalReturn = (double)(final / initialCash) - 1.0;
        var years = (times[n - 1] - start).TotalDays / 365.25;
        var cagr = years > 0 && 1 + totalReturn > 0 ? Math.Pow(1 + totalReturn, 1 / years) - 1 : 0;
        var mean = returns.Average();
        var sd = StandardDeviation(returns, mean);
        var annual = Math.Sqrt(barsPerYear);
        var downside = Math.Sqrt(returns.Sum(r => r < 0 ? r * r : 0) / n);
        var (maxDrawdown, underwaterDays) = Drawdown(initialCash, start, times, equity);

        var closed = trades.Where(t => !t.Open).ToList();
        var wins = closed.Count(t => t.NetPnl > 0m);
        var profit = closed.Where(t => t.NetPnl > 0m).Sum(t => t.NetPnl);
        var loss = -closed.Where(t => t.NetPnl < 0m).Sum(t => t.NetPnl);
        var profitFactor = loss > 0m ? (double)(profit / loss) : profit > 0m ? double.PositiveInfinity : 0;
        var averageEquity = (double)equity.Average();

        double? alpha = null, beta = null;
        if (benchmark is { Count: > 0 } && benchmark.Count == n && n >= 2)
        {
            var b = Returns((double)initialCash, benchmark);
            var meanB = b.Average();
            var variance = b.Sum(x => (x - meanB) * (x - meanB)) / (n - 1);
            if (variance > 0)
            {
                var covariance = returns.Zip(b, (r, x) => (r - mean) * (x - meanB)).Sum() / (n - 1);
                beta = covariance / variance;
                alpha = (mean - beta.Value * meanB) * barsPerYear;
            }
        }

        return new BacktestMetrics(
            TotalReturn: totalReturn,
            Cagr: cagr,
            AnnualVolatility: sd * annual,
            Sharpe: sd > 0 ? mean / sd * annual : 0,
            Sortino: downside > 0 ? mean / downside * annual : 0,
            Calmar: maxDrawdown < 0 ? cagr / -maxDrawdown : 0,
            MaxDrawdown: maxDrawdown,
            MaxDrawdownDays: underwaterDays,
            WinRate: closed.Count > 0 ? (double)wins / closed.Count : 0,
            ProfitFactor: profitFactor,
            Exposure: (double)exposedPoints / n,
            Turnover: years > 0 && averageEquity > 0 ? (double)tradedNotional / averageEquity / years : 0,
            Alpha: alpha,
            Beta: beta,
            Trades: trades.Count,
            FinalEquity: final,
            TotalFees: totalFees);
    }

    /// <summary>Deepest fall from a running peak (the initial cash counts as the first peak), as a fraction ≤ 0, and the
    /// longest time in days from a peak until equity is back at it (or until the end when it never is).</summary>
    public static (double MaxDrawdown, double UnderwaterDays) Drawdown(decimal initialCash, DateTime start, IReadOnlyList<DateTime> times, IReadOnlyList<decimal> equity)
    {
        var peak = initialCash;
        var peakTime = start;
        var underwater = false;
        double deepest = 0, longest = 0;
        for (var k = 0; k < equity.Count; k++)
        {
            if (equity[k] >= peak)
            {
                if (underwater) longest = Math.Max(longest, (times[k] - peakTime).TotalDays);
                peak = equity[k];
                peakTime = times[k];
                underwater = false;
                continue;
            }
            underwater = true;
            // In double: a decimal division per point under water would dominate the whole metric pass.
            deepest = Math.Min(deepest, (double)equity[k] / (double)peak - 1.0);
        }
        if (underwater) longest = Math.Max(longest, (times[^1] - peakTime).TotalDays);
        return (deepest, longest);
    }

    /// <summary>Calendar-month returns (UTC) of the curve: each month's last equity over the previous month's (the first over the
    /// initial cash). A point belongs to the month of the instant just before its time, so a daily bar closing at midnight
    /// on the 1st counts in the month it traded.</summary>
    public static IReadOnlyList<MonthlyReturn> Monthly(decimal initialCash, IReadOnlyList<DateTime> times, IReadOnlyList<decimal> equity)
    {
        var months = new List<MonthlyReturn>();
        if (equity.Count == 0) return months;
        var previous = initialCash;
        // A point is in the month of the instant just before it; only when a point passes the next month's start does the
        // month change, so the calendar is consulted once per month, not once per point.
        var month = times[0].AddTicks(-1);
        var nextMonth = new DateTime(month.Year, month.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1).Ticks + 1;
        for (var k = 0; k < equity.Count; k++)
        {
            var last = k == equity.Count - 1 || times[k + 1].Ticks >= nextMonth;
            if (!last) continue;
            months.Add(new MonthlyReturn(month.Year, month.Month, previous == 0m ? 0 : (double)(equity[k] / previous) - 1.0));
            previous = equity[k];
            if (k == equity.Count - 1) break;
            month = times[k + 1].AddTicks(-1);
            nextMonth = new DateTime(month.Year, month.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1).Ticks + 1;
        }
        return months;
    }

    private static double[] Returns(double initial, IReadOnlyList<decimal> values)
    {
        var returns = new double[values.Count];
        var previous = initial;
        for (var k = 0; k < values.Count; k++)
        {
            var value = (double)values[k];
            returns[k] = previous == 0 ? 0 : value / previous - 1.0;
            previous = value;
        }
        return returns;
    }

    private static double StandardDeviation(double[] values, double mean) =>
        values.Length < 2 ? 0 : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
}
