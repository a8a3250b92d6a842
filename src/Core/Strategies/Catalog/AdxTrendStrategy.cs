using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Indicators;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// <c>adx-trend</c>: an SMA crossover that only enters when ADX says there is a trend and the directional indicators
/// agree with the cross. Exits are not filtered: the opposite cross always closes the position. ADX, +DI and −DI are
/// TA-Lib's; ADX is first ready at index <c>2 × adxPeriod − 1</c> and no order is placed before that.
/// </summary>
public sealed class AdxTrendStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "adx-trend";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "ADX trend filter: take a fast/slow SMA cross only when ADX is above a threshold and DI points the same way.",
        "Fast and slow SMAs of closes; ADX, +DI and −DI over adxPeriod (TA-Lib). When the fast SMA crosses above the slow one " +
        "(at or below on the previous bar, above now): go long if ADX > threshold and +DI > −DI, otherwise just close a short. " +
        "When it crosses below: go short if allowShort, ADX > threshold and −DI > +DI, otherwise just close a long. Nothing is " +
        "traded before ADX is ready. Market orders; no new order while one works.",
        StandardParameters.With(
        [
            new("fast", "10", "fast SMA period, at least 1"),
            new("slow", "30", "slow SMA period, longer than fast"),
            new("adxPeriod", "14", "ADX / DI period, at least 2"),
            new("threshold", "25", "ADX level above which a trend is traded, 0 to 100"),
        ]),
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(
                new AdxTrendStrategy(instrument, a.Int("fast"), a.Int("slow"), a.Int("adxPeriod"), a.Decimal("threshold"), EntrySizing.From(a),
                    a.Bool(StandardParameters.AllowShortName)),
                [instrument]);
        });

    private readonly RollingSma _fast;
    private readonly RollingSma _slow;
    private readonly AdxStream _adx;
    private readonly PlusDiStream _plusDi;
    private readonly MinusDiStream _minusDi;
    private readonly CrossSignal _cross = new();
    private readonly double _threshold;

    public AdxTrendStrategy(InstrumentId instrument, int fast = 10, int slow = 30, int adxPeriod = 14, decimal threshold = 25m,
        EntrySizing? sizing = null, bool allowShort = false)
    {
        Fast = ParameterChecks.AtLeast(nameof(fast), fast, 1);
        Slow = ParameterChecks.Above(nameof(slow), slow, nameof(fast), fast);
        AdxPeriod = ParameterChecks.AtLeast(nameof(adxPeriod), adxPeriod, 2);
        Threshold = ParameterChecks.Between(nameof(threshold), threshold, 0m, 100m);
        Sizing = sizing ?? new EntrySizing();
        Sizing.Validate();
        Instrument = instrument;
        AllowShort = allowShort;
        _fast = new RollingSma(fast);
        _slow = new RollingSma(slow);
        _adx = new AdxStream(adxPeriod);
        _plusDi = new PlusDiStream(adxPeriod);
        _minusDi = new MinusDiStream(adxPeriod);
        _threshold = (double)threshold;
    }

    public InstrumentId Instrument { get; }
    public int Fast { get; }
    public int Slow { get; }
    public int AdxPeriod { get; }
    public decimal Threshold { get; }
    public EntrySizing Sizing { get; }
    public bool AllowShort { get; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument) return;
        var ohlcv = bar.ToOhlcv();
        _plusDi.Update(ohlcv);
        _minusDi.Update(ohlcv);
        var adxReady = _adx.Update(ohlcv);
        _fast.Add(bar.Close);
        _slow.Add(bar.Close);
        if (!_slow.IsReady) return;

        // fast − slow has the sign of fastSum × slowPeriod − slowSum × fastPeriod: exact, no division.
        var cross = _cross.Update(_fast.Sum * _slow.Period - _slow.Sum * _fast.Period);
        if (cross == 0 || !adxReady) return;

        var trending = _adx[0] > _threshold;
        var position = context.PositionOf(Instrument);
        PositionTarget? target = cross > 0
            ? trending && _plusDi[0] > _minusDi[0] ? PositionTarget.Long : position < 0m ? PositionTarget.Flat : null
            : AllowShort && trending && _minusDi[0] > _plusDi[0] ? PositionTarget.Short : position > 0m ? PositionTarget.Flat : null;
        if (target is { } wanted) PositionTargeting.MoveTo(context, Instrument, wanted, Sizing, bar.Close);
    }
}
