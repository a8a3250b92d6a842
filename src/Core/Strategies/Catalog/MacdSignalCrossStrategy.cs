using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Indicators;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// <c>macd-signal-cross</c>: long when the MACD line crosses above its signal line, flat (or short) when it crosses
/// below. MACD is TA-Lib's (EMA fast − EMA slow, signal = EMA of MACD), ready at index <c>slow − 1 + signal − 1</c>.
/// </summary>
public sealed class MacdSignalCrossStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "macd-signal-cross";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "MACD: long while the MACD line is above its signal line.",
        "MACD = EMA(fast) − EMA(slow) of closes; signal = EMA(signal) of MACD (TA-Lib MACD). Buy when MACD crosses above the " +
        "signal line (at or below on the previous bar, above now); on the cross below, sell the whole long (and go short " +
        "the entry size when allowShort). A cross needs both lines on the previous bar. Market orders; no new order while one works.",
        StandardParameters.With(
        [
            new("fast", "12", "fast EMA period, at least 2"),
            new("slow", "26", "slow EMA period, longer than fast"),
            new("signal", "9", "signal-line EMA period, at least 1"),
        ]),
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(
                new MacdSignalCrossStrategy(instrument, a.Int("fast"), a.Int("slow"), a.Int("signal"), EntrySizing.From(a),
                    a.Bool(StandardParameters.AllowShortName)),
                [instrument]);
        });

    private readonly MacdStream _macd;
    private readonly CrossSignal _cross = new();

    public MacdSignalCrossStrategy(InstrumentId instrument, int fast = 12, int slow = 26, int signal = 9, EntrySizing? sizing = null,
        bool allowShort = false)
    {
        Fast = ParameterChecks.AtLeast(nameof(fast), fast, 2);
        Slow = ParameterChecks.Above(nameof(slow), slow, nameof(fast), fast);
        Signal = ParameterChecks.AtLeast(nameof(signal), signal, 1);
        Sizing = sizing ?? new EntrySizing();
        Sizing.Validate();
        Instrument = instrument;
        AllowShort = allowShort;
        _macd = new MacdStream(fast, slow, signal);
    }

    public InstrumentId Instrument { get; }
    public int Fast { get; }
    public int Slow { get; }
    public int Signal { get; }
    public EntrySizing Sizing { get; }
    public bool AllowShort { get; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument) return;
        if (!_macd.Update((double)bar.Close)) return;

        // Output 2 is the histogram, MACD − signal: its sign change is the cross.
        var cross = _cross.Update(_macd[2]);
        if (cross > 0) PositionTargeting.MoveTo(context, Instrument, PositionTarget.Long, Sizing, bar.Close);
        else if (cross < 0) PositionTargeting.MoveTo(context, Instrument, PositionTargeting.Bearish(AllowShort), Sizing, bar.Close);
    }
}
