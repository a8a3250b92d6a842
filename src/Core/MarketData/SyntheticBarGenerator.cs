using Hive.Core.Ids;
using Hive.Core.Instruments;

namespace Hive.Core.MarketData;

/// <summary>
/// Seeded random-walk bars for instruments without real data. Log returns are Student-t with
/// <see cref="SyntheticSeriesSpec.DegreesOfFreedom"/> degrees of freedom (fat tails like real crypto and FX),
/// rescaled to the requested annual volatility. Bars exist only while the asset class's session is open
/// (crypto 24/7, forex 24/5). Same spec and seed → the same bars, on every machine (System.Random with a seed is
/// a fixed algorithm).
/// </summary>
public static class SyntheticBarGenerator
{
    private const int StepsPerBar = 4;

    public static BarSeries Generate(SyntheticSeriesSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!spec.Interval.IsIntraday && spec.Interval.Unit != BarUnit.Day)
            throw new ArgumentException($"synthetic bars need a minute, hour or day interval, not {spec.Interval}", nameof(spec));
        if (spec.To <= spec.From) throw new ArgumentException($"synthetic range {spec.From:O}..{spec.To:O} is empty", nameof(spec));
        if (spec.DegreesOfFreedom < 3) throw new ArgumentException("degrees of freedom must be at least 3 for a finite variance", nameof(spec));
        var calendar = SessionCalendar.For(spec.AssetClass);
        var step = spec.Interval.ApproximateDuration;
        var barsPerYear = spec.AssetClass switch
        {
            AssetClass.Crypto => 365.25 * TimeSpan.TicksPerDay / step.Ticks,
            AssetClass.Forex => 260.0 * TimeSpan.TicksPerDay / step.Ticks,
            _ => 252.0 * Math.Max(1.0, 6.5 * TimeSpan.TicksPerHour / step.Ticks),
        };
        var stepSigma = spec.AnnualVolatility / Math.Sqrt(barsPerYear * StepsPerBar);
        var tScale = Math.Sqrt((spec.DegreesOfFreedom - 2.0) / spec.DegreesOfFreedom);
        var random = new Random(spec.Seed);
        var capacity = (int)Math.Min(int.MaxValue - 64, (spec.To - spec.From).Ticks / step.Ticks + 1);
        var times = new long[capacity];
        var open = new double[capacity];
        var high = new double[capacity];
        var low = new double[capacity];
        var close = new double[capacity];
        var volume = new double[capacity];
        var scale = Math.Pow(10, spec.PriceDecimals);
        var price = (double)spec.StartPrice;
        var count = 0;
        for (var time = spec.From; time < spec.To; time = time.Add(step))
        {
            var isOpen = spec.Interval.Unit == BarUnit.Day
                ? TradingHours.IsTradingDay(spec.AssetClass, DateOnly.FromDateTime(time))
                : calendar.IsOpen(time);
            if (!isOpen) continue;
            var o = Math.Round(price * scale) / scale;
            double h = o, l = o;
            for (var s = 0; s < StepsPerBar; s++)
            {
                price *= Math.Exp(stepSigma * tScale * StudentT(random, spec.DegreesOfFreedom));
                var rounded = Math.Round(price * scale) / scale;
                h = Math.Max(h, rounded);
                l = Math.Min(l, rounded);
            }
            var c = Math.Round(price * scale) / scale;
            times[count] = BarSeries.ToUnixMs(time);
            open[count] = o;
            high[count] = h;
            low[count] = l;
            close[count] = c;
            volume[count] = Math.Round(spec.MeanVolume * Math.Exp(0.5 * Normal(random) - 0.125), 4);
            count++;
        }
        return new BarSeries(spec.Instrument, spec.Interval, times, open, high, low, close, volume, count);
    }

    private static double StudentT(Random random, int degreesOfFreedom)
    {
        var chiSquare = 0.0;
        for (var i = 0; i < degreesOfFreedom; i++)
        {
            var z = Normal(random);
            chiSquare += z * z;
        }
        return Normal(random) / Math.Sqrt(chiSquare / degreesOfFreedom);
    }

    /// <summary>Box-Muller; 1 - NextDouble() keeps the logarithm's argument in (0, 1].</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}
