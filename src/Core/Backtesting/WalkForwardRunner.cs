using Hive.Core.MarketData;

namespace Hive.Core.Backtesting;

/// <summary>
/// Rolling walk-forward: windows of <c>inSampleBars</c> bars of the first feed are followed by <c>outOfSampleBars</c> bars;
/// the grid is swept (in parallel) in sample, the combination with the highest <c>metric</c> (first in grid order on ties)
/// is run out of sample, and the window rolls forward by the out-of-sample length. Each out-of-sample run starts flat
/// with the equity the previous one ended with, and its strategy warms up inside the window (it sees no in-sample bars),
/// so the stitched curve is what trading the re-optimised parameters would have earned without look-ahead.
/// </summary>
public static class WalkForwardRunner
{
    public static WalkForwardResult Run(string strategy, IReadOnlyDictionary<string, string> fixedParameters, ParameterGrid grid,
        IReadOnlyList<BacktestFeed> feeds, BacktestSettings settings, int inSampleBars, int outOfSampleBars, string metric,
        IProgress<int>? progress = null)
    {
        MetricSelector.Check(metric);
        if (inSampleBars < 2) throw new ArgumentException($"the in-sample window must hold at least 2 bars, got {inSampleBars}");
        if (outOfSampleBars < 1) throw new ArgumentException($"the out-of-sample window must hold at least 1 bar, got {outOfSampleBars}");
        var clock = feeds[0].Bars;
        if (clock.Count < inSampleBars + outOfSampleBars)
            throw new ArgumentException($"walk-forward needs at least {inSampleBars + outOfSampleBars} bars ({inSampleBars} in sample + {outOfSampleBars} out of sample), the data has {clock.Count}");

        var windows = new List<WalkForwardWindow>();
        var stitched = new List<EquityPoint>();
        var trades = new List<TradeRecord>();
        var times = new List<DateTime>();
        var equity = new List<decimal>();
        var exposed = 0;
        decimal notional = 0m, fees = 0m;
        var capital = settings.InitialCash;
        var done = 0;
        for (var start = 0; start + inSampleBars + outOfSampleBars <= clock.Count; start += outOfSampleBars)
        {
            var inFrom = clock.Times[start];
            var outFrom = clock.Times[start + inSampleBars];
            var outEnd = start + inSampleBars + outOfSampleBars;
            var outTo = outEnd < clock.Count ? clock.Times[outEnd] : long.MaxValue;
            var inSample = Slice(feeds, inFrom, outFrom);
            var rows = SweepRunner.Run(strategy, fixedParameters, grid, inSample, settings);
            var best = rows.Where(r => r.Metrics is not null)
                .Select(r => (Row: r, Score: MetricSelector.Value(r.Metrics!, metric)))
                .Where(x => !double.IsNaN(x.Score))
                .OrderByDescending(x => x.Score).ThenBy(x => x.Row.Index)
                .FirstOrDefault();
            if (best.Row is null)
                throw new ArgumentException($"no grid combination ran in the window starting {clock.TimeAt(start):yyyy-MM-dd}: {rows.FirstOrDefault()?.Error}");

            var outResult = new BacktestEngine(settings with { InitialCash = capital }).Run(strategy, best.Row.Parameters, Slice(feeds, outFrom, outTo));
            windows.Add(new WalkForwardWindow(clock.TimeAt(start), clock.TimeAt(start + inSampleBars - 1), clock.TimeAt(start + inSampleBars),
                clock.TimeAt(outEnd - 1), best.Row.Parameters, best.Score, outResult.Metrics));
            foreach (var point in outResult.Equity)
            {
                times.Add(point.Time);
                equity.Add(point.Equity);
            }
            exposed += (int)Math.Round(outResult.Metrics.Exposure * outResult.Equity.Count);
            trades.AddRange(outResult.Trades);
            foreach (var t in outResult.Trades) notional += t.EntryPrice * t.Quantity + (t.Open ? 0m : (t.ExitPrice ?? 0m) * t.Quantity);
            fees += outResult.Metrics.TotalFees;
            capital = outResult.Metrics.FinalEquity;
            progress?.Report(++done);
        }

        var firstOut = windows[0].OutOfSampleStart;
        var metrics = BacktestMetricsCalculator.Compute(settings.InitialCash, firstOut, times, equity, null, trades, notional, exposed, fees,
            settings.BarsPerYear ?? BacktestRecorder.AnnualisationFactor(clock.Interval, feeds[0].Instrument.AssetClass));
        var peak = settings.InitialCash;
        for (var k = 0; k < equity.Count; k++)
        {
            if (equity[k] > peak) peak = equity[k];
            stitched.Add(new EquityPoint(times[k], equity[k], equity[k] / peak - 1m, null));
        }
        return new WalkForwardResult(strategy, metric, windows, stitched, trades, metrics);
    }

    /// <summary>The windows a run over <paramref name="bars"/> bars makes (for progress bars).</summary>
    public static int WindowCount(int bars, int inSampleBars, int outOfSampleBars) =>
        bars < inSampleBars + outOfSampleBars ? 0 : (bars - inSampleBars - outOfSampleBars) / outOfSampleBars + 1;

    /// <summary>Every feed cut to bars opening in [from, to).</summary>
    public static IReadOnlyList<BacktestFeed> Slice(IReadOnlyList<BacktestFeed> feeds, long fromUnixMs, long toUnixMs) =>
        feeds.Select(f =>
        {
            var a = f.Bars.LowerBound(fromUnixMs);
            var b = toUnixMs == long.MaxValue ? f.Bars.Count : f.Bars.LowerBound(toUnixMs);
            return f with { Bars = f.Bars.Slice(a, b - a) };
        }).ToList();
}
