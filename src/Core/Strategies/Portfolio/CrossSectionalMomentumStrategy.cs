using Hive.Core.Ids;
using Hive.Core.MarketData;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// <c>cross-sectional-momentum</c>: every <c>every</c> complete slices, rank the instruments by their return over the
/// last <c>lookback</c> slices and hold the top <c>top</c> at equal weights of <c>fraction</c> x equity; the others are
/// sold. Warm-up: lookback + 1 complete slices. Long-only; rebalances sell first, then buy (<see cref="PortfolioTargets"/>).
/// </summary>
public sealed class CrossSectionalMomentumStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "cross-sectional-momentum";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Cross-sectional momentum: hold the top K instruments by lookback return, equal weight, rebalanced every N bars.",
        "Decides when every instrument has its bar for the same time. After lookback + 1 such slices, and then every `every` " +
        "slices: rank by close / close lookback slices ago - 1 (ties: listing order), hold the top `top` with weight " +
        "fraction / top each (units floored to lots at the close); sell what left the top first, buy once the sales are booked.",
        [
            new("instruments", null, "comma-separated universe, e.g. SIM:AAA,SIM:BBB,SIM:CCC"),
            new("lookback", "63", "slices in the momentum return (63 trading days is about 3 months)"),
            new("top", "1", "how many instruments to hold; fewer than the universe"),
            new("every", "21", "slices between rebalances"),
            new("fraction", "0.98", "fraction of equity invested; the rest stays in cash for fees"),
        ],
        a =>
        {
            var instruments = a.Instruments();
            return new CatalogStrategy(new CrossSectionalMomentumStrategy(instruments, a.Int("lookback"), a.Int("top"), a.Int("every"),
                a.Decimal("fraction")), instruments);
        });

    private readonly MomentumRebalancer _rebalancer;

    public CrossSectionalMomentumStrategy(IReadOnlyList<InstrumentId> instruments, int lookback = 63, int top = 1, int every = 21, decimal fraction = 0.98m)
    {
        if (instruments.Count < 2) throw new ArgumentOutOfRangeException("instruments", instruments.Count, "instruments must list at least 2 to rank");
        Lookback = ParameterChecks.AtLeast(lookback, 1, "lookback");
        Top = ParameterChecks.AtLeast(top, 1, "top");
        if (top >= instruments.Count)
            throw new ArgumentOutOfRangeException("top", top, $"top must be smaller than the {instruments.Count} instruments, got {top}");
        Every = ParameterChecks.AtLeast(every, 1, "every");
        Fraction = ParameterChecks.Fraction(fraction, "fraction");
        _rebalancer = new MomentumRebalancer(instruments, lookback, every);
    }

    public IReadOnlyList<InstrumentId> Instruments => _rebalancer.Instruments;
    public int Lookback { get; }
    public int Top { get; }
    public int Every { get; }
    public decimal Fraction { get; }

    /// <summary>The instruments chosen at the last rebalance.</summary>
    public IReadOnlyList<InstrumentId> Selection { get; private set; } = [];

    public void OnStart(IStrategyContext context) => _rebalancer.OnStart(context);

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (!_rebalancer.IsDecisionDue(context, bar)) return;
        Selection = _rebalancer.Ranking.Ranked().Take(Top).ToList();
        var weights = Selection.ToDictionary(id => id, _ => 1m / Top);
        _rebalancer.Rebalance(context, weights, Fraction);
    }
}
