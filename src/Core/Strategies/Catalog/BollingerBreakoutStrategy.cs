using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Indicators;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// <c>bollinger-breakout</c>: buy a close above the upper band, close when the close drops below the middle band (short below the lower band with <c>allowShort</c>). Bands are TA-Lib's BBANDS (SMA, population deviation), first ready at index
/// <c>period − 1</c>.
/// </summary>
public sealed class BollingerBreakoutStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "bollinger-breakout";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Bollinger breakout: buy a close above the upper band, sell when it falls back below the middle.",
        "On each bar's close, with Bollinger bands of closes (SMA(period) ± deviations × population standard deviation, TA-Lib BBANDS): a close above the upper band goes long; a close below the lower band goes short when allowShort; otherwise a long is closed once the close is below the middle band and a short once it is above it. Market orders; no new order while one works.",
        StandardParameters.With(
        [
            new("period", "20", "moving-average and deviation window, at least 2"),
            new("deviations", "2", "band width in standard deviations, positive"),
        ]),
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(
                new BollingerBreakoutStrategy(instrument, a.Int("period"), a.Decimal("deviations"), EntrySizing.From(a),
                    a.Bool(StandardParameters.AllowShortName)),
                [instrument]);
        });

    private readonly BbandsStream _bands;

    public BollingerBreakoutStrategy(InstrumentId instrument, int period = 20, decimal deviations = 2m, EntrySizing? sizing = null, bool allowShort = false)
    {
        Period = ParameterChecks.AtLeast(nameof(period), period, 2);
        Deviations = ParameterChecks.Positive(nameof(deviations), deviations);
        Sizing = sizing ?? new EntrySizing();
        Sizing.Validate();
        Instrument = instrument;
        AllowShort = allowShort;
        _bands = new BbandsStream(period, (double)deviations, (double)deviations);
    }

    public InstrumentId Instrument { get; }
    public int Period { get; }
    public decimal Deviations { get; }
    public EntrySizing Sizing { get; }
    public bool AllowShort { get; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument) return;
        var close = (double)bar.Close;
        if (!_bands.Update(close)) return;

        var target = BandRules.Breakout(close, _bands[0], _bands[1], _bands[2], context.PositionOf(Instrument), AllowShort);
        if (target is { } wanted) PositionTargeting.MoveTo(context, Instrument, wanted, Sizing, bar.Close);
    }
}
