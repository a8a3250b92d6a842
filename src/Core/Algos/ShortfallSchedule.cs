using Hive.Core.Instruments;

namespace Hive.Core.Algos;

/// <summary>
/// Implementation shortfall: the window of T bars is cut into N intervals (<c>slices</c>, default one per bar); slice k
/// (k = 0..N−1) is sent at start + k·(end − start)/N and trades x(kτ) − x((k+1)τ) with τ = T/N, x the
/// <see cref="AlmgrenChriss"/> holding. Time is in bars; σ = volatility × arrival price (price per √bar); the default
/// impact η makes trading 1% of the average bar volume in a bar cost 5 bps of the arrival price:
/// η = 0.0005·P / (0.01·V̄). Cumulative targets are floored to lots, the last slice takes the rest.
/// </summary>
public static class ShortfallSchedule
{
    public const double DefaultImpactBps = 5;
    public const double DefaultImpactVolumeShare = 0.01;

    public static IReadOnlyList<ScheduledSlice> Build(ExecutionParameters parameters, Instrument instrument, MarketHistory history, TimeSpan interval)
    {
        var horizon = (parameters.End - parameters.Start) / interval;
        var n = parameters.Slices ?? Math.Max(1, (int)Math.Ceiling(horizon));
        var kappa = Kappa(parameters, history);
        var step = (parameters.End - parameters.Start).Ticks / n;
        var times = new List<DateTime>(n);
        var done = new List<decimal>(n);
        for (var k = 0; k < n; k++)
        {
            times.Add(parameters.Start.AddTicks(step * k));
            done.Add((decimal)(1 - AlmgrenChriss.Holding(kappa, horizon, (k + 1) * horizon / n)));
        }
        return SliceRounding.FromCumulative(times, done, parameters.Quantity, instrument);
    }

    /// <summary>κ per bar from the parameters, with the volatility and impact the history gives when they are not set.</summary>
    public static double Kappa(ExecutionParameters parameters, MarketHistory history)
    {
        var price = (double)history.LastPrice;
        var volatility = parameters.Volatility ?? history.Volatility;
        if (!double.IsFinite(volatility))
            throw new ArgumentException("parameter volatility: the history before start has too few bars to estimate it; give volatility=...");
        var impact = parameters.Impact ?? (history.AverageVolume > 0m
            ? DefaultImpactBps / 10_000 * price / (DefaultImpactVolumeShare * (double)history.AverageVolume)
            : throw new ArgumentException("parameter impact: the history before start has no volume to derive it from; give impact=..."));
        return AlmgrenChriss.Kappa(parameters.RiskAversion, volatility * price, impact);
    }
}
