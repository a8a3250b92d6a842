using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Indicators;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// <c>ema-cross</c>: long when the fast EMA of closes crosses above the slow one; on the cross below, flat (or short
/// with <c>allowShort</c>). The EMAs are TA-Lib's (seeded with the SMA of their first <c>period</c> closes), so the
/// first cross can come on bar <c>slow + 1</c> (0-based index <c>slow</c>).
/// </summary>
public sealed class EmaCrossStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "ema-cross";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "EMA crossover: long while the fast exponential average of closes is above the slow one.",
        "Buy when the fast EMA of closes crosses above the slow EMA (it was at or below it on the previous bar and is above " +
        "it now); on the cross below, sell the whole long position (and go short the entry size when allowShort). " +
        "EMAs as TA-Lib computes them (k = 2/(period+1), seeded with the SMA of the first period closes); a cross needs " +
        "both on the previous bar. Market orders; no new order while one works.",
        StandardParameters.With(
        [
            new("fast", "12", "fast EMA period, at least 2"),
            new("slow", "26", "slow EMA period, longer than fast"),
        ]),
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(
                new EmaCrossStrategy(instrument, a.Int("fast"), a.Int("slow"), EntrySizing.From(a), a.Bool(StandardParameters.AllowShortName)),
                [instrument]);
        });

    private readonly EmaStream _fast;
    private readonly EmaStream _slow;
    private readonly CrossSignal _cross = new();

    public EmaCrossStrategy(InstrumentId instrument, int fast = 12, int slow = 26, EntrySizing? sizing = null, bool allowShort = false)
    {
        Fast = ParameterChecks.AtLeast(nameof(fast), fast, 2);
        Slow = ParameterChecks.Above(nameof(slow), slow, nameof(fast), fast);
        Sizing = sizing ?? new EntrySizing();
        Sizing.Validate();
        Instrument = instrument;
        AllowShort = allowShort;
        _fast = new EmaStream(fast);
        _slow = new EmaStream(slow);
    }

    public InstrumentId Instrument { get; }
    public int Fast { get; }
    public int Slow { get; }
    public EntrySizing Sizing { get; }
    public bool AllowShort { get; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument) return;
        var close = (double)bar.Close;
        _fast.Update(close);
        if (!_slow.Update(close)) return;

        var cross = _cross.Update(_fast[0] - _slow[0]);
        if (cross > 0) PositionTargeting.MoveTo(context, Instrument, PositionTarget.Long, Sizing, bar.Close);
        else if (cross < 0) PositionTargeting.MoveTo(context, Instrument, PositionTargeting.Bearish(AllowShort), Sizing, bar.Close);
    }
}
