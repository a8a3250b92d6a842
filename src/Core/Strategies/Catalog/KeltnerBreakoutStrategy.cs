using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Indicators;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// <c>keltner-breakout</c>: a Keltner channel (EMA of closes ± multiplier × ATR) traded as a breakout. Both are
/// TA-Lib's: the EMA is ready at index <c>period − 1</c>, the ATR at index <c>atrPeriod</c>.
/// </summary>
public sealed class KeltnerBreakoutStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "keltner-breakout";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Keltner breakout: buy a close above EMA + k×ATR, sell when it falls back below the EMA.",
        "Channel: middle = EMA(period) of closes, upper/lower = middle ± multiplier × ATR(atrPeriod) (TA-Lib EMA and ATR). " +
        "On each bar's close: above the upper line, go long; below the lower line, go short when allowShort; otherwise a " +
        "long is closed once the close is below the middle and a short once it is above it. Market orders; no new order while one works.",
        StandardParameters.With(
        [
            new("period", "20", "EMA period of the middle line, at least 2"),
            new("atrPeriod", "10", "ATR period, at least 1"),
            new("multiplier", "2", "channel half-width in ATRs, positive"),
        ]),
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(
                new KeltnerBreakoutStrategy(instrument, a.Int("period"), a.Int("atrPeriod"), a.Decimal("multiplier"), EntrySizing.From(a),
                    a.Bool(StandardParameters.AllowShortName)),
                [instrument]);
        });

    private readonly EmaStream _middle;
    private readonly AtrStream _atr;
    private readonly double _multiplier;

    public KeltnerBreakoutStrategy(InstrumentId instrument, int period = 20, int atrPeriod = 10, decimal multiplier = 2m, EntrySizing? sizing = null,
        bool allowShort = false)
    {
        Period = ParameterChecks.AtLeast(nameof(period), period, 2);
        AtrPeriod = ParameterChecks.AtLeast(nameof(atrPeriod), atrPeriod, 1);
        Multiplier = ParameterChecks.Positive(nameof(multiplier), multiplier);
        Sizing = sizing ?? new EntrySizing();
        Sizing.Validate();
        Instrument = instrument;
        AllowShort = allowShort;
        _middle = new EmaStream(period);
        _atr = new AtrStream(atrPeriod);
        _multiplier = (double)multiplier;
    }

    public InstrumentId Instrument { get; }
    public int Period { get; }
    public int AtrPeriod { get; }
    public decimal Multiplier { get; }
    public EntrySizing Sizing { get; }
    public bool AllowShort { get; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument) return;
        var ohlcv = bar.ToOhlcv();
        var middleReady = _middle.Update(ohlcv);
        if (!_atr.Update(ohlcv) || !middleReady) return;

        var middle = _middle[0];
        var width = _multiplier * _atr[0];
        var target = BandRules.Breakout(ohlcv.Close, middle + width, middle, middle - width, context.PositionOf(Instrument), AllowShort);
        if (target is { } wanted) PositionTargeting.MoveTo(context, Instrument, wanted, Sizing, bar.Close);
    }
}
