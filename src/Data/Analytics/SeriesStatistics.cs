using Hive.Core.Instruments;
using Hive.Core.MarketData;

namespace Hive.Data.Analytics;

/// <summary>Return and risk figures from a close series: simple period returns, annualised volatility (sample
/// standard deviation of log returns × √periods per year), maximum drawdown of the close, a per-year table,
/// and rolling correlation of returns between two series aligned on common timestamps.</summary>
public static class SeriesStatistics
{
    public static double PeriodsPerYear(BarInterval interval, AssetClass assetClass)
    {
        var daysPerYear = assetClass switch { AssetClass.Crypto => 365.0, AssetClass.Forex => 260.0, _ => 252.0 };
        var hoursPerDay = assetClass == AssetClass.Stock ? 6.5 : 24.0;
        return interval.Unit switch
        {
            BarUnit.Month => 12.0 / interval.Count,
            BarUnit.Week => 52.0 / interval.Count,
            BarUnit.Day => daysPerYear / interval.Count,
            BarUnit.Hour => daysPerYear * hoursPerDay / interval.Count,
            BarUnit.Minute => daysPerYear * hoursPerDay * 60 / interval.Count,
            _ => throw new ArgumentException($"{interval} bars have no fixed period; volatility cannot be annualised", nameof(interval)),
        };
    }

    public static SeriesSummary Summarize(BarSeries bars, AssetClass assetClass)
    {
        if (bars.Count < 2) throw new ArgumentException($"{bars.Instrument} has {bars.Count} bar(s); statistics need at least 2", nameof(bars));
        var periods = PeriodsPerYear(bars.Interval, assetClass);
        var close = bars.Close.AsSpan(0, bars.Count);
        var drawdown = MaxDrawdown(close, out var peak, out var trough);
        var years = new List<YearStatistics>();
        var start = 0;
        while (start < bars.Count)
        {
            var year = bars.TimeAt(start).Year;
            var end = start;
            while (end < bars.Count && bars.TimeAt(end).Year == year) end++;
            // A year's return runs from the previous year's last close, so yearly returns compound to the total.
            var from = start == 0 ? start : start - 1;
            var slice = close[from..end];
            years.Add(new YearStatistics(year, end - start, close[from], close[end - 1], close[end - 1] / close[from] - 1,
                slice.Length > 2 ? Volatility(slice) * Math.Sqrt(periods) : double.NaN, MaxDrawdown(slice, out _, out _)));
            start = end;
        }
        var totalYears = (bars.TimeAt(bars.Count - 1) - bars.TimeAt(0)).TotalDays / 365.25;
        var totalReturn = close[^1] / close[0] - 1;
        return new SeriesSummary(bars.Instrument, bars.Interval, bars.Count, bars.TimeAt(0), bars.TimeAt(bars.Count - 1),
            totalReturn, totalYears > 0 ? Math.Pow(1 + totalReturn, 1 / totalYears) - 1 : double.NaN,
            Volatility(close) * Math.Sqrt(periods), drawdown, bars.TimeAt(peak), bars.TimeAt(trough), years);
    }

    /// <summary>Sample standard deviation of log returns.</summary>
    public static double Volatility(ReadOnlySpan<double> close)
    {
        var n = close.Length - 1;
        if (n < 2) return double.NaN;
        double sum = 0, sumSquares = 0;
        for (var i = 1; i < close.Length; i++)
        {
            var r = Math.Log(close[i] / close[i - 1]);
            sum += r;
            sumSquares += r * r;
        }
        var mean = sum / n;
        return Math.Sqrt(Math.Max(0, (sumSquares - n * mean * mean) / (n - 1)));
    }

    /// <summary>Largest peak-to-trough fall as a negative fraction (−0.5 = halved); indices of the peak and trough.</summary>
    public static double MaxDrawdown(ReadOnlySpan<double> close, out int peakIndex, out int troughIndex)
    {
        peakIndex = troughIndex = 0;
        var runningPeak = 0;
        var worst = 0.0;
        for (var i = 1; i < close.Length; i++)
        {
            if (close[i] > close[runningPeak]) runningPeak = i;
            var drawdown = close[i] / close[runningPeak] - 1;
            if (drawdown < worst) { worst = drawdown; peakIndex = runningPeak; troughIndex = i; }
        }
        return worst;
    }

    /// <summary>Correlation of simple returns over a sliding window of <paramref name="window"/> returns, using
    /// only timestamps both series have. Element i is the window ending at the i-th common timestamp.</summary>
    public static IReadOnlyList<(DateTime Time, double Correlation)> RollingCorrelation(BarSeries a, BarSeries b, int window)
    {
        if (window < 3) throw new ArgumentOutOfRangeException(nameof(window), window, "the correlation window must be at least 3 returns");
        var common = new List<(long Time, double A, double B)>();
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            if (a.Times[i] == b.Times[j]) { common.Add((a.Times[i], a.Close[i], b.Close[j])); i++; j++; }
            else if (a.Times[i] < b.Times[j]) i++;
            else j++;
        }
        var result = new List<(DateTime, double)>();
        for (var end = window; end < common.Count; end++)
        {
            var ra = new double[window];
            var rb = new double[window];
            for (var k = 0; k < window; k++)
            {
                var at = end - window + 1 + k;
                ra[k] = common[at].A / common[at - 1].A - 1;
                rb[k] = common[at].B / common[at - 1].B - 1;
            }
            result.Add((DateTime.UnixEpoch.AddMilliseconds(common[end].Time), Correlation(ra, rb)));
        }
        return result;
    }

    public static double Correlation(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var n = x.Length;
        double mx = 0, my = 0;
        for (var k = 0; k < n; k++) { mx += x[k]; my += y[k]; }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (var k = 0; k < n; k++)
        {
            sxy += (x[k] - mx) * (y[k] - my);
            sxx += (x[k] - mx) * (x[k] - mx);
            syy += (y[k] - my) * (y[k] - my);
        }
        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }
}
