using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Indicators;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// <c>rsi-reversion</c>: buy an oversold market and sell it once it has recovered. RSI is TA-Lib's (Wilder), first
/// ready at index <c>period</c>.
/// </summary>
public sealed class RsiReversionStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "rsi-reversion";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "RSI mean reversion: buy when RSI is oversold, sell when it has come back to the exit level.",
        "On each bar's close, with RSI(period) of closes: below oversold, go long; above overbought, go short when " +
        "allowShort; otherwise a long is closed once RSI is above exit and a short once RSI is below exit. Levels are " +
        "checked every bar (not only on crossings), so a long is entered on the first oversold bar while flat. Market " +
        "orders; no new order while one works.",
        StandardParameters.With(
        [
            new("period", "14", "RSI period, at least 2"),
            new("oversold", "30", "RSI level below which to buy"),
            new("overbought", "70", "RSI level above which to short (allowShort)"),
            new("exit", "50", "RSI level where a position is closed: above it for a long, below it for a short"),
        ]),
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(
                new RsiReversionStrategy(instrument, a.Int("period"), a.Decimal("oversold"), a.Decimal("overbought"), a.Decimal("exit"),
                    EntrySizing.From(a), a.Bool(StandardParameters.AllowShortName)),
                [instrument]);
        });

    private readonly RsiStream _rsi;
    private readonly double _oversold;
    private readonly double _overbought;
    private readonly double _exit;

    public RsiReversionStrategy(InstrumentId instrument, int period = 14, decimal oversold = 30m, decimal overbought = 70m, decimal exit = 50m,
        EntrySizing? sizing = null, bool allowShort = false)
    {
        Period = ParameterChecks.AtLeast(nameof(period), period, 2);
        Oversold = ParameterChecks.Between(nameof(oversold), oversold, 0m, 100m);
        Overbought = ParameterChecks.Between(nameof(overbought), overbought, 0m, 100m);
        ParameterChecks.Below(nameof(oversold), oversold, nameof(overbought), overbought);
        Exit = ParameterChecks.Between(nameof(exit), exit, oversold, overbought);
        Sizing = sizing ?? new EntrySizing();
        Sizing.Validate();
        Instrument = instrument;
        AllowShort = allowShort;
        _rsi = new RsiStream(period);
        (_oversold, _overbought, _exit) = ((double)oversold, (double)overbought, (double)exit);
    }

    public InstrumentId Instrument { get; }
    public int Period { get; }
    public decimal Oversold { get; }
    public decimal Overbought { get; }
    public decimal Exit { get; }
    public EntrySizing Sizing { get; }
    public bool AllowShort { get; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument) return;
        if (!_rsi.Update((double)bar.Close)) return;

        var rsi = _rsi[0];
        var position = context.PositionOf(Instrument);
        PositionTarget? target =
            rsi < _oversold ? PositionTarget.Long
            : rsi > _overbought && AllowShort ? PositionTarget.Short
            : position > 0m && rsi > _exit ? PositionTarget.Flat
            : position < 0m && rsi < _exit ? PositionTarget.Flat
            : null;
        if (target is { } wanted) PositionTargeting.MoveTo(context, Instrument, wanted, Sizing, bar.Close);
    }
}
