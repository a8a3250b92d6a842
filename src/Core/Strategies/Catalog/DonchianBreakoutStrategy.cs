using Hive.Core.Ids;
using Hive.Core.MarketData;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// <c>donchian-breakout</c>, the turtle rule: enter when the close breaks the highest high of the previous
/// <c>entry</c> bars, leave when it breaks the lowest low of the previous <c>exit</c> bars. Channels exclude the
/// current bar and are exact decimals; the first decision is at index <c>max(entry, exit)</c>.
/// </summary>
public sealed class DonchianBreakoutStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "donchian-breakout";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Donchian / turtle breakout: buy a new entry-bar high, sell a new exit-bar low.",
        "Channels over the bars before the current one: entry high/low = highest high / lowest low of the previous entry bars, " +
        "exit high/low the same over the previous exit bars. On each bar's close: above the entry high, go long; below the " +
        "entry low, go short when allowShort; otherwise a long is closed when the close is below the exit low and a short " +
        "when it is above the exit high. Market orders; no new order while one works.",
        StandardParameters.With(
        [
            new("entry", "20", "bars in the entry channel, at least 1"),
            new("exit", "10", "bars in the exit channel, at least 1 (shorter than entry in the classic rule)"),
        ]),
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(
                new DonchianBreakoutStrategy(instrument, a.Int("entry"), a.Int("exit"), EntrySizing.From(a), a.Bool(StandardParameters.AllowShortName)),
                [instrument]);
        });

    private readonly RollingExtreme _entryHigh;
    private readonly RollingExtreme _entryLow;
    private readonly RollingExtreme _exitHigh;
    private readonly RollingExtreme _exitLow;

    public DonchianBreakoutStrategy(InstrumentId instrument, int entry = 20, int exit = 10, EntrySizing? sizing = null, bool allowShort = false)
    {
        Entry = ParameterChecks.AtLeast(nameof(entry), entry, 1);
        Exit = ParameterChecks.AtLeast(nameof(exit), exit, 1);
        Sizing = sizing ?? new EntrySizing();
        Sizing.Validate();
        Instrument = instrument;
        AllowShort = allowShort;
        _entryHigh = new RollingExtreme(entry, highest: true);
        _entryLow = new RollingExtreme(entry, highest: false);
        _exitHigh = new RollingExtreme(exit, highest: true);
        _exitLow = new RollingExtreme(exit, highest: false);
    }

    public InstrumentId Instrument { get; }
    public int Entry { get; }
    public int Exit { get; }
    public EntrySizing Sizing { get; }
    public bool AllowShort { get; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument) return;
        // The channels are those of the previous bars: decide first, then let this bar into them.
        if (_entryHigh.IsReady && _exitHigh.IsReady)
        {
            var position = context.PositionOf(Instrument);
            PositionTarget? target =
                bar.Close > _entryHigh.Value ? PositionTarget.Long
                : bar.Close < _entryLow.Value && AllowShort ? PositionTarget.Short
                : position > 0m && bar.Close < _exitLow.Value ? PositionTarget.Flat
                : position < 0m && bar.Close > _exitHigh.Value ? PositionTarget.Flat
                : null;
            if (target is { } wanted) PositionTargeting.MoveTo(context, Instrument, wanted, Sizing, bar.Close);
        }
        _entryHigh.Add(bar.High);
        _entryLow.Add(bar.Low);
        _exitHigh.Add(bar.High);
        _exitLow.Add(bar.Low);
    }
}
