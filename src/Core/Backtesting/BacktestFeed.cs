using Hive.Core.Instruments;
using Hive.Core.MarketData;

namespace Hive.Core.Backtesting;

/// <summary>One instrument's bars for a backtest: the listing (tick, lot, quote currency, sessions) and its columnar series.</summary>
public sealed record BacktestFeed(Instrument Instrument, BarSeries Bars)
{
    public BacktestFeed Validate()
    {
        if (Bars.Instrument != Instrument.Id)
            throw new ArgumentException($"the bars are for {Bars.Instrument} but the feed lists {Instrument.Id}");
        for (var i = 1; i < Bars.Count; i++)
            if (Bars.Times[i] <= Bars.Times[i - 1])
                throw new ArgumentException($"bars of {Instrument.Id} must be in strictly increasing time order; bar {i} at {Bars.TimeAt(i):O} follows {Bars.TimeAt(i - 1):O}");
        return this;
    }
}
