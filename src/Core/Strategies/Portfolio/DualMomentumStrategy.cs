using Hive.Core.Ids;
using Hive.Core.MarketData;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// <c>dual-momentum</c> (relative plus absolute momentum, after Antonacci): every <c>every</c> complete slices pick the
/// risky instrument with the best return over <c>lookback</c> slices (relative momentum); hold it only if that return
/// is above <c>threshold</c> and, when a <c>safe</c> instrument is given, above the safe instrument's return too
/// (absolute momentum). Otherwise hold the safe instrument, or cash when there is none. The whole position is
/// <c>fraction</c> x equity in one instrument; switching sells first and buys once the sale is booked.
/// </summary>
public sealed class DualMomentumStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "dual-momentum";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Dual momentum: hold the best risky asset while its momentum is positive, else the safe asset or cash.",
        "Decides when every instrument (risky and safe) has its bar for the same time. After lookback + 1 slices and then " +
        "every `every` slices: best = the risky instrument with the highest close / close lookback slices ago - 1 (ties: " +
        "listing order). Hold best if its return > threshold and > the safe instrument's return (when safe is given); " +
        "otherwise hold safe, or cash. Position: floor(fraction x equity / close).",
        [
            new("instruments", null, "comma-separated risky instruments, e.g. SIM:US,SIM:INTL"),
            new("safe", "", "the instrument to hold when momentum fails (e.g. bonds); empty = cash"),
            new("lookback", "252", "slices in the momentum return (252 trading days is a year)"),
            new("threshold", "0", "the best risky return must exceed this (0: positive momentum)"),
            new("every", "21", "slices between decisions"),
            new("fraction", "0.98", "fraction of equity invested; the rest stays in cash for fees"),
        ],
        a =>
        {
            var risky = a.Instruments();
            var safe = a.Text("safe").Length == 0 ? (InstrumentId?)null : a.Instrument("safe");
            var strategy = new DualMomentumStrategy(risky, safe, a.Int("lookback"), a.Decimal("threshold"), a.Int("every"), a.Decimal("fraction"));
            return new CatalogStrategy(strategy, strategy.Instruments);
        });

    private readonly MomentumRebalancer _rebalancer;

    public DualMomentumStrategy(IReadOnlyList<InstrumentId> risky, InstrumentId? safe = null, int lookback = 252, decimal threshold = 0m,
        int every = 21, decimal fraction = 0.98m)
    {
        if (risky.Count == 0) throw new ArgumentOutOfRangeException("instruments", 0, "instruments needs at least one risky instrument");
        if (safe is { } s && risky.Contains(s)) throw new ArgumentOutOfRangeException("safe", s, $"safe {s} is also listed in instruments");
        Risky = risky.ToList();
        Safe = safe;
        var all = safe is { } safeId ? [.. risky, safeId] : risky.ToList();
        Lookback = ParameterChecks.AtLeast(lookback, 1, "lookback");
        Threshold = threshold;
        Every = ParameterChecks.AtLeast(every, 1, "every");
        Fraction = ParameterChecks.Fraction(fraction, "fraction");
        _rebalancer = new MomentumRebalancer(all, lookback, every);
    }

    public IReadOnlyList<InstrumentId> Risky { get; }
    public InstrumentId? Safe { get; }
    /// <summary>Risky instruments then the safe one: the subscriptions.</summary>
    public IReadOnlyList<InstrumentId> Instruments => _rebalancer.Instruments;
    public int Lookback { get; }
    public decimal Threshold { get; }
    public int Every { get; }
    public decimal Fraction { get; }

    /// <summary>What the last decision chose to hold; null = cash.</summary>
    public InstrumentId? Holding { get; private set; }

    public void OnStart(IStrategyContext context) => _rebalancer.OnStart(context);

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (!_rebalancer.IsDecisionDue(context, bar)) return;
        Holding = Choose();
        var weights = new Dictionary<InstrumentId, decimal>();
        if (Holding is { } chosen) weights[chosen] = 1m;
        _rebalancer.Rebalance(context, weights, Fraction);
    }

    private InstrumentId? Choose()
    {
        var best = Risky[0];
        foreach (var id in Risky)
            if (_rebalancer.Ranking.ReturnOf(id) > _rebalancer.Ranking.ReturnOf(best)) best = id;
        var bestReturn = _rebalancer.Ranking.ReturnOf(best);
        var beatsSafe = Safe is not { } safe || bestReturn > _rebalancer.Ranking.ReturnOf(safe);
        return bestReturn > Threshold && beatsSafe ? best : Safe;
    }
}
