using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Indicators;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// <c>stochastic</c>: slow stochastic %K/%D crosses taken only in the extreme zones. TA-Lib STOCH with SMA smoothing;
/// %D is first ready at index <c>kPeriod − 1 + slowing − 1 + dPeriod − 1</c>.
/// </summary>
public sealed class StochasticStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "stochastic";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Stochastic: buy a %K/%D cross up in the oversold zone, sell a cross down in the overbought zone.",
        "Slow stochastic (TA-Lib STOCH, SMA smoothing): fast %K over kPeriod bars, %K = SMA(slowing) of it, %D = SMA(dPeriod) of %K. " +
        "When %K crosses above %D (at or below on the previous bar, above now) while %D is below oversold, go long; when %K " +
        "crosses below %D while %D is above overbought, sell the whole long (and go short when allowShort). Crosses in the " +
        "middle of the range are ignored. Market orders; no new order while one works.",
        StandardParameters.With(
        [
            new("kPeriod", "14", "bars in the fast %K high/low window, at least 1"),
            new("slowing", "3", "SMA period that smooths fast %K into %K, at least 1"),
            new("dPeriod", "3", "SMA period of %D, at least 1"),
            new("oversold", "20", "%D level below which a cross up buys"),
            new("overbought", "80", "%D level above which a cross down sells"),
        ]),
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(
                new StochasticStrategy(instrument, a.Int("kPeriod"), a.Int("slowing"), a.Int("dPeriod"), a.Decimal("oversold"), a.Decimal("overbought"),
                    EntrySizing.From(a), a.Bool(StandardParameters.AllowShortName)),
                [instrument]);
        });

    private readonly StochStream _stochastic;
    private readonly CrossSignal _cross = new();
    private readonly double _oversold;
    private readonly double _overbought;

    public StochasticStrategy(InstrumentId instrument, int kPeriod = 14, int slowing = 3, int dPeriod = 3, decimal oversold = 20m,
        decimal overbought = 80m, EntrySizing? sizing = null, bool allowShort = false)
    {
        KPeriod = ParameterChecks.AtLeast(nameof(kPeriod), kPeriod, 1);
        Slowing = ParameterChecks.AtLeast(nameof(slowing), slowing, 1);
        DPeriod = ParameterChecks.AtLeast(nameof(dPeriod), dPeriod, 1);
        Oversold = ParameterChecks.Between(nameof(oversold), oversold, 0m, 100m);
        Overbought = ParameterChecks.Between(nameof(overbought), overbought, 0m, 100m);
        ParameterChecks.Below(nameof(oversold), oversold, nameof(overbought), overbought);
        Sizing = sizing ?? new EntrySizing();
        Sizing.Validate();
        Instrument = instrument;
        AllowShort = allowShort;
        _stochastic = new StochStream(kPeriod, slowing, MaType.Sma, dPeriod, MaType.Sma);
        (_oversold, _overbought) = ((double)oversold, (double)overbought);
    }

    public InstrumentId Instrument { get; }
    public int KPeriod { get; }
    public int Slowing { get; }
    public int DPeriod { get; }
    public decimal Oversold { get; }
    public decimal Overbought { get; }
    public EntrySizing Sizing { get; }
    public bool AllowShort { get; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument) return;
        if (!_stochastic.Update(bar.ToOhlcv())) return;

        var (k, d) = (_stochastic[0], _stochastic[1]);
        var cross = _cross.Update(k - d);
        if (cross > 0 && d < _oversold) PositionTargeting.MoveTo(context, Instrument, PositionTarget.Long, Sizing, bar.Close);
        else if (cross < 0 && d > _overbought) PositionTargeting.MoveTo(context, Instrument, PositionTargeting.Bearish(AllowShort), Sizing, bar.Close);
    }
}
