using Hive.Core.Ids;
using Hive.Core.MarketData;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// The loop the momentum strategies share: align the instruments' bars into complete slices, keep each one's lookback
/// returns, finish a rebalance in progress (sells first, then buys), and say when a new decision is due: at the first
/// slice with a full lookback, then every <c>every</c> slices. The strategy decides the weights; this applies them.
/// </summary>
public sealed class MomentumRebalancer
{
    private readonly BarAlignment _alignment;
    private readonly PortfolioTargets _targets;
    private readonly int _every;
    private Dictionary<InstrumentId, decimal> _closes = new();
    private string? _currency;
    private int _slicesSinceRebalance;
    private bool _decidedOnce;

    public MomentumRebalancer(IReadOnlyList<InstrumentId> instruments, int lookback, int every)
    {
        _alignment = new BarAlignment(instruments);
        Ranking = new MomentumRanking(instruments, lookback);
        _targets = new PortfolioTargets(instruments);
        _every = every;
    }

    public IReadOnlyList<InstrumentId> Instruments => _alignment.Instruments;

    public MomentumRanking Ranking { get; }

    public void OnStart(IStrategyContext context) => _currency = PortfolioTargets.CommonCurrency(context, Instruments);

    /// <summary>Takes a bar; true when it completes a slice on which a new decision is due.</summary>
    public bool IsDecisionDue(IStrategyContext context, Bar bar)
    {
        if (!_alignment.Add(bar)) return false;
        _currency ??= PortfolioTargets.CommonCurrency(context, Instruments);
        _closes = _alignment.Closes();
        Ranking.Add(_closes);
        if (!Ranking.IsReady) return false;
        _slicesSinceRebalance++;
        if (_targets.IsBusy(context))
        {
            _targets.Continue(context, _closes);
            return false;
        }
        if (_decidedOnce && _slicesSinceRebalance < _every) return false;
        _decidedOnce = true;
        _slicesSinceRebalance = 0;
        return true;
    }

    /// <summary>Moves the holdings to <paramref name="weights"/> × <paramref name="fraction"/> of equity at the slice's closes.</summary>
    public void Rebalance(IStrategyContext context, IReadOnlyDictionary<InstrumentId, decimal> weights, decimal fraction) =>
        _targets.Begin(context, PortfolioTargets.FromWeights(context, weights, _closes, fraction, _currency!), _closes);
}
