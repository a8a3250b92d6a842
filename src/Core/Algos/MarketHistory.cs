using Hive.Core.MarketData;

namespace Hive.Core.Algos;

/// <summary>What implementation shortfall learns from the bars before start: the last close (the arrival price), the
/// average bar volume and the standard deviation of one bar's simple return (sample, n − 1), over the last
/// <c>lookback</c> bars.</summary>
public sealed record MarketHistory(decimal LastPrice, decimal AverageVolume, double Volatility)
{
    public static MarketHistory Learn(IReadOnlyList<Bar> history, int lookback)
    {
        var bars = history.TakeLast(lookback).ToList();
        if (bars.Count == 0) throw new ArgumentException("implementation shortfall needs bars before start (for the arrival price, volatility and volume)");
        var returns = new List<double>();
        for (var i = 1; i < bars.Count; i++)
            if (bars[i - 1].Close > 0m) returns.Add((double)(bars[i].Close / bars[i - 1].Close) - 1);
        var mean = returns.Count > 0 ? returns.Average() : 0;
        var volatility = returns.Count > 1 ? Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / (returns.Count - 1)) : double.NaN;
        return new MarketHistory(bars[^1].Close, bars.Average(b => b.Volume), volatility);
    }
}
