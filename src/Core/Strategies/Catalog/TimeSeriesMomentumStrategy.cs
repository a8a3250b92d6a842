using Hive.Core.Ids;
using Hive.Core.MarketData;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// <c>time-series-momentum</c>: hold the instrument while its own return over the lookback is positive. The return is
/// close / close <c>lookback</c> bars earlier − 1, in exact decimals, first known at index <c>lookback</c>.
/// </summary>
public sealed class TimeSeriesMomentumStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "time-series-momentum";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Time-series momentum: long while the lookback return is positive, flat (or short) otherwise.",
        "On each bar's close, with r = close / close lookback bars earlier − 1: r > 0 targets a long position, r ≤ 0 targets " +
        "flat (short when allowShort). An order is placed only when the target differs from the side of the current position; " +
        "the position is not resized while the sign holds. Market orders; no new order while one works.",
        StandardParameters.With(
        [
            new("lookback", "252", "bars over which the return is measured, at least 1 (252 = a year of daily bars)"),
        ]),
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(
                new TimeSeriesMomentumStrategy(instrument, a.Int("lookback"), EntrySizing.From(a), a.Bool(StandardParameters.AllowShortName)),
                [instrument]);
        });

    private readonly Queue<decimal> _closes = new();

    public TimeSeriesMomentumStrategy(InstrumentId instrument, int lookback = 252, EntrySizing? sizing = null, bool allowShort = false)
    {
        Lookback = ParameterChecks.AtLeast(nameof(lookback), lookback, 1);
        Sizing = sizing ?? new EntrySizing();
        Sizing.Validate();
        Instrument = instrument;
        AllowShort = allowShort;
    }

    public InstrumentId Instrument { get; }
    public int Lookback { get; }
    public EntrySizing Sizing { get; }
    public bool AllowShort { get; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument) return;
        _closes.Enqueue(bar.Close);
        if (_closes.Count <= Lookback) return;
        var then = _closes.Dequeue();

        // close > then is r > 0 without a division (prices are positive).
        var target = bar.Close > then ? PositionTarget.Long : PositionTargeting.Bearish(AllowShort);
        PositionTargeting.MoveTo(context, Instrument, target, Sizing, bar.Close);
    }
}
