using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Indicators;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// <c>parabolic-sar</c>: long while the close is above TA-Lib's parabolic SAR, flat (or short) while it is below;
/// trades when the side of the close flips. SAR is first ready at index 1, so the first flip can come at index 2.
/// </summary>
public sealed class ParabolicSarStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "parabolic-sar";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Parabolic SAR: long while the close is above the SAR, out (or short) while it is below.",
        "SAR(acceleration, maximum) as TA-Lib computes it from highs and lows. When the close moves from at-or-below the SAR " +
        "on the previous bar to above it, go long; when it moves from at-or-above to below, sell the whole long (and go short " +
        "when allowShort). Market orders; no new order while one works.",
        StandardParameters.With(
        [
            new("acceleration", "0.02", "acceleration factor step (and start), positive"),
            new("maximum", "0.2", "acceleration factor cap, at least acceleration"),
        ]),
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(
                new ParabolicSarStrategy(instrument, a.Decimal("acceleration"), a.Decimal("maximum"), EntrySizing.From(a),
                    a.Bool(StandardParameters.AllowShortName)),
                [instrument]);
        });

    private readonly SarStream _sar;
    private readonly CrossSignal _cross = new();

    public ParabolicSarStrategy(InstrumentId instrument, decimal acceleration = 0.02m, decimal maximum = 0.2m, EntrySizing? sizing = null,
        bool allowShort = false)
    {
        Acceleration = ParameterChecks.Positive(nameof(acceleration), acceleration);
        Maximum = maximum >= acceleration
            ? maximum
            : throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"maximum must be at least acceleration ({acceleration}), got {maximum}");
        Sizing = sizing ?? new EntrySizing();
        Sizing.Validate();
        Instrument = instrument;
        AllowShort = allowShort;
        _sar = new SarStream((double)acceleration, (double)maximum);
    }

    public InstrumentId Instrument { get; }
    public decimal Acceleration { get; }
    public decimal Maximum { get; }
    public EntrySizing Sizing { get; }
    public bool AllowShort { get; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument) return;
        if (!_sar.Update(bar.ToOhlcv())) return;

        var cross = _cross.Update((double)bar.Close - _sar[0]);
        if (cross > 0) PositionTargeting.MoveTo(context, Instrument, PositionTarget.Long, Sizing, bar.Close);
        else if (cross < 0) PositionTargeting.MoveTo(context, Instrument, PositionTargeting.Bearish(AllowShort), Sizing, bar.Close);
    }
}
