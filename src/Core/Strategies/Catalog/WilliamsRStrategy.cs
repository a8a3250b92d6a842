using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Indicators;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// <c>williams-r</c>: Williams %R (0 at the window's high, −100 at its low; TA-Lib WILLR, ready at index
/// <c>period − 1</c>) traded on its way out of the extreme zones.
/// </summary>
public sealed class WilliamsRStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "williams-r";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Williams %R: buy when %R climbs back out of oversold, sell when it drops back out of overbought.",
        "%R = −100 × (highest high − close) / (highest high − lowest low) over period bars (TA-Lib WILLR). When %R crosses " +
        "above oversold (at or below it on the previous bar, above now), go long; when it crosses below overbought (at or " +
        "above it on the previous bar, below now), sell the whole long (and go short when allowShort). Market orders; no new " +
        "order while one works.",
        StandardParameters.With(
        [
            new("period", "14", "bars in the high/low window, at least 2"),
            new("oversold", "-80", "%R level (−100..0) whose upward crossing buys"),
            new("overbought", "-20", "%R level (−100..0) whose downward crossing sells; above oversold"),
        ]),
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(
                new WilliamsRStrategy(instrument, a.Int("period"), a.Decimal("oversold"), a.Decimal("overbought"), EntrySizing.From(a),
                    a.Bool(StandardParameters.AllowShortName)),
                [instrument]);
        });

    private readonly WillRStream _williamsR;
    private readonly CrossSignal _leavesOversold = new();
    private readonly CrossSignal _leavesOverbought = new();
    private readonly double _oversold;
    private readonly double _overbought;

    public WilliamsRStrategy(InstrumentId instrument, int period = 14, decimal oversold = -80m, decimal overbought = -20m, EntrySizing? sizing = null,
        bool allowShort = false)
    {
        Period = ParameterChecks.AtLeast(nameof(period), period, 2);
        Oversold = ParameterChecks.Between(nameof(oversold), oversold, -100m, 0m);
        Overbought = ParameterChecks.Between(nameof(overbought), overbought, -100m, 0m);
        ParameterChecks.Below(nameof(oversold), oversold, nameof(overbought), overbought);
        Sizing = sizing ?? new EntrySizing();
        Sizing.Validate();
        Instrument = instrument;
        AllowShort = allowShort;
        _williamsR = new WillRStream(period);
        (_oversold, _overbought) = ((double)oversold, (double)overbought);
    }

    public InstrumentId Instrument { get; }
    public int Period { get; }
    public decimal Oversold { get; }
    public decimal Overbought { get; }
    public EntrySizing Sizing { get; }
    public bool AllowShort { get; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument) return;
        if (!_williamsR.Update(bar.ToOhlcv())) return;

        var value = _williamsR[0];
        var up = _leavesOversold.Update(value - _oversold) > 0;
        var down = _leavesOverbought.Update(value - _overbought) < 0;
        if (up) PositionTargeting.MoveTo(context, Instrument, PositionTarget.Long, Sizing, bar.Close);
        else if (down) PositionTargeting.MoveTo(context, Instrument, PositionTargeting.Bearish(AllowShort), Sizing, bar.Close);
    }
}
