using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Indicators;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// What the two Bollinger strategies share: TA-Lib's BBANDS of closes (SMA, population deviation; first ready at index
/// <c>period − 1</c>), their parameters, and position targeting; each supplies its band rule (<see cref="BandRules"/>).
/// </summary>
public abstract class BollingerBandStrategy : IStrategy
{
    /// <summary>The band rule: close, upper, middle, lower, current position, allow short → target, or null to stay.</summary>
    protected delegate PositionTarget? Rule(double close, double upper, double middle, double lower, decimal position, bool allowShort);

    private readonly BbandsStream _bands;
    private readonly Rule _rule;

    protected BollingerBandStrategy(InstrumentId instrument, int period, decimal deviations, EntrySizing? sizing, bool allowShort, Rule rule)
    {
        Period = ParameterChecks.AtLeast(nameof(period), period, 2);
        Deviations = ParameterChecks.Positive(nameof(deviations), deviations);
        Sizing = sizing ?? new EntrySizing();
        Sizing.Validate();
        Instrument = instrument;
        AllowShort = allowShort;
        _rule = rule;
        _bands = new BbandsStream(period, (double)deviations, (double)deviations);
    }

    public static IReadOnlyList<StrategyParameter> Parameters { get; } = StandardParameters.With(
    [
        new("period", "20", "moving-average and deviation window, at least 2"),
        new("deviations", "2", "band width in standard deviations, positive"),
    ]);

    public InstrumentId Instrument { get; }
    public int Period { get; }
    public decimal Deviations { get; }
    public EntrySizing Sizing { get; }
    public bool AllowShort { get; }

    /// <summary>Builds a catalog entry from parsed arguments with the given constructor.</summary>
    protected static CatalogStrategy Build(StrategyArguments a, Func<InstrumentId, int, decimal, EntrySizing, bool, IStrategy> create)
    {
        var instrument = a.Instrument();
        return new CatalogStrategy(
            create(instrument, a.Int("period"), a.Decimal("deviations"), EntrySizing.From(a), a.Bool(StandardParameters.AllowShortName)),
            [instrument]);
    }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument) return;
        var close = (double)bar.Close;
        if (!_bands.Update(close)) return;

        var target = _rule(close, _bands[0], _bands[1], _bands[2], context.PositionOf(Instrument), AllowShort);
        if (target is { } wanted) PositionTargeting.MoveTo(context, Instrument, wanted, Sizing, bar.Close);
    }
}
