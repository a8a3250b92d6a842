using Hive.Core.Accounts;
using Hive.Core.Backtesting;
using Hive.Core.MarketData;
using Hive.Core.Orders;
using Hive.Core.Risk;

namespace Hive.Core.Algos;

/// <summary>
/// Runs one execution algorithm against historical bars on the paper venue: the parent order is hosted by a
/// <see cref="ParentOrderStrategy"/> inside the <see cref="BacktestEngine"/>, so its children meet the backtester's own
/// fill, fee, slippage and volume-cap models (<see cref="BacktestSettings"/>). The bars before start are the history
/// the schedule learns from; the arrival price is the close of the last bar that closed by start (the first window
/// bar's open when there is none). The account is a margin account with cash for the whole quantity at the highest
/// price in the data and no pre-trade limits, so a sell needs no position and neither buying power nor the default
/// account limits bind. See docs/execution.md.
/// </summary>
public static class ExecutionSimulator
{
    public const string ParentId = "sim";

    public static ExecutionSimulation Run(string algorithm, OrderSide side, decimal quantity, DateTime start, DateTime end,
        IReadOnlyDictionary<string, string> parameters, BacktestFeed feed, BacktestSettings settings)
    {
        feed.Validate();
        var (instrument, series) = (feed.Instrument, feed.Bars);
        var p = ExecutionCatalog.Parse(algorithm, side, quantity, start, end, parameters, instrument);
        p.CheckOneVenue("the execution simulator");
        if (!series.Interval.IsTimeBased) throw new ArgumentException($"execution simulation needs time bars, not {series.Interval} bars");
        var interval = series.Interval.ApproximateDuration;
        var first = series.LowerBound(BarSeries.ToUnixMs(p.Start));
        var after = series.LowerBound(BarSeries.ToUnixMs(p.End) + 1);
        if (first >= after)
            throw new ArgumentException($"no bars of {series.Instrument} between {p.Start:O} and {p.End:O}" +
                (series.Count > 0 ? $" (the data covers {series.TimeAt(0):O} to {series.TimeAt(series.Count - 1):O})" : " (the data is empty)"));

        var history = ExecutionHistory.Before(p, series);
        var arrival = history.Count > 0 ? history[^1].Close : (decimal)series.Open[first];
        var strategy = new ParentOrderStrategy(ExecutionPlanner.Plan(ParentId, p, instrument, arrival, history, interval));

        // The bar that closes at start is fed too: a slice due at start is sent at its close and meets the first window bar.
        var from = Math.Max(0, first - 1);
        var fed = series.Slice(from, after - from);
        var highest = 0m;
        for (var i = 0; i < fed.Count; i++) highest = Math.Max(highest, (decimal)fed.High[i]);
        var engine = new BacktestEngine(settings with
        {
            AccountType = AccountType.Margin,
            Leverage = 1m,
            InitialCash = Math.Max(1m, 2m * p.Quantity * highest),
            RecordFills = false,
            Benchmark = null,
            // The simulated account stands for a desk's: the parent's own limit bound is what restrains it.
            RiskLimits = RiskLimits.None,
        });
        engine.Run(strategy, algorithm, parameters, [new BacktestFeed(instrument, fed)]);

        var window = new List<Bar>(after - first);
        for (var i = first; i < after; i++) window.Add(series.ToBar(i));
        return new ExecutionSimulation(Measure(algorithm, strategy.Parent, arrival, window), strategy.Parent, window);
    }

    /// <summary>Execution quality of a finished parent against its arrival price and the window's bars.</summary>
    public static ExecutionResult Measure(string algorithm, ParentOrder parent, decimal arrival, IReadOnlyList<Bar> window)
    {
        decimal volume = 0m, weighted = 0m, typicalSum = 0m;
        foreach (var bar in window)
        {
            var typical = (bar.High + bar.Low + bar.Close) / 3m;
            volume += bar.Volume;
            weighted += typical * bar.Volume;
            typicalSum += typical;
        }
        var vwap = Math.Round(volume > 0m ? weighted / volume : typicalSum / Math.Max(1, window.Count), 8);
        var filled = parent.Filled;
        var average = Math.Round(parent.AveragePrice, 8);
        var sign = parent.Parameters.Sign;
        decimal Bps(decimal benchmark) => filled == 0m || benchmark == 0m ? 0m : Math.Round(sign * (average - benchmark) / benchmark * 10_000m, 4);
        var venue = parent.Instrument.Id.Venue;
        return new ExecutionResult(algorithm, parent.Parameters.Side == OrderSide.Buy ? "buy" : "sell", parent.Parameters.Quantity, filled, average, arrival, vwap,
            Bps(arrival), Bps(vwap), volume > 0m ? Math.Round(filled / volume, 8) : 0m,
            parent.Children.Select(c => new ExecutionChild(c.Time, c.Quantity, c.Filled, Math.Round(c.AveragePrice, 8), venue)).ToList());
    }
}
