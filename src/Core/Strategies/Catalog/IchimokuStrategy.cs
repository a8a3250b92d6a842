using Hive.Core.Ids;
using Hive.Core.MarketData;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// <c>ichimoku</c>: tenkan/kijun crosses taken only on the right side of the cloud. Every line is a midpoint of a
/// high/low window (TA-Lib's MIDPRICE, here in exact decimals); the cloud at a bar is the senkou spans computed
/// <c>displacement</c> bars earlier, so the first decision comes at index <c>max(kijun, senkouB) − 1 + displacement</c>.
/// </summary>
public sealed class IchimokuStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "ichimoku";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Ichimoku: buy a tenkan/kijun cross up above the cloud, sell the cross down.",
        "Tenkan = (highest high + lowest low)/2 over tenkan bars; kijun the same over kijun bars; senkou A = (tenkan + kijun)/2 " +
        "and senkou B = the midpoint over senkouB bars, both shifted displacement bars forward to form the cloud. When tenkan " +
        "crosses above kijun (at or below on the previous bar, above now) with the close above both spans of the cloud, go long " +
        "(a cross up anywhere else only closes a short). When tenkan crosses below kijun, sell the whole long; with allowShort " +
        "and the close below both spans, go short instead. Market orders; no new order while one works.",
        StandardParameters.With(
        [
            new("tenkan", "9", "conversion-line window, at least 1"),
            new("kijun", "26", "base-line window, longer than tenkan"),
            new("senkouB", "52", "leading span B window, longer than kijun"),
            new("displacement", "26", "bars the cloud is shifted forward, at least 1"),
        ]),
        a =>
        {
            var instrument = a.Instrument();
            return new CatalogStrategy(
                new IchimokuStrategy(instrument, a.Int("tenkan"), a.Int("kijun"), a.Int("senkouB"), a.Int("displacement"), EntrySizing.From(a),
                    a.Bool(StandardParameters.AllowShortName)),
                [instrument]);
        });

    private readonly MidpointWindow _tenkan;
    private readonly MidpointWindow _kijun;
    private readonly MidpointWindow _senkouB;
    private readonly Queue<(decimal SpanA, decimal SpanB)> _cloud = new();
    private readonly CrossSignal _cross = new();

    public IchimokuStrategy(InstrumentId instrument, int tenkan = 9, int kijun = 26, int senkouB = 52, int displacement = 26,
        EntrySizing? sizing = null, bool allowShort = false)
    {
        Tenkan = ParameterChecks.AtLeast(nameof(tenkan), tenkan, 1);
        Kijun = ParameterChecks.Above(nameof(kijun), kijun, nameof(tenkan), tenkan);
        SenkouB = ParameterChecks.Above(nameof(senkouB), senkouB, nameof(kijun), kijun);
        Displacement = ParameterChecks.AtLeast(nameof(displacement), displacement, 1);
        Sizing = sizing ?? new EntrySizing();
        Sizing.Validate();
        Instrument = instrument;
        AllowShort = allowShort;
        _tenkan = new MidpointWindow(tenkan);
        _kijun = new MidpointWindow(kijun);
        _senkouB = new MidpointWindow(senkouB);
    }

    public InstrumentId Instrument { get; }
    public int Tenkan { get; }
    public int Kijun { get; }
    public int SenkouB { get; }
    public int Displacement { get; }
    public EntrySizing Sizing { get; }
    public bool AllowShort { get; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Instrument) return;
        _tenkan.Add(bar);
        _kijun.Add(bar);
        _senkouB.Add(bar);
        if (!_kijun.IsReady) return;

        var tenkan = _tenkan.Value;
        var kijun = _kijun.Value;
        var cross = _cross.Update(tenkan - kijun);
        if (!_senkouB.IsReady) return;

        // Spans computed now are the cloud of the bar `displacement` ahead; the one leaving the queue is this bar's.
        _cloud.Enqueue(((tenkan + kijun) / 2m, _senkouB.Value));
        if (_cloud.Count <= Displacement) return;
        var (spanA, spanB) = _cloud.Dequeue();
        if (cross == 0) return;

        var position = context.PositionOf(Instrument);
        PositionTarget? target = cross > 0
            ? bar.Close > Math.Max(spanA, spanB) ? PositionTarget.Long : position < 0m ? PositionTarget.Flat : null
            : AllowShort && bar.Close < Math.Min(spanA, spanB) ? PositionTarget.Short : position > 0m ? PositionTarget.Flat : null;
        if (target is { } wanted) PositionTargeting.MoveTo(context, Instrument, wanted, Sizing, bar.Close);
    }
}
