using Hive.Core.Ids;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// When a target-weight portfolio strategy rebalances: on its first decision slice, then every <c>every</c> slices, or
/// earlier when its drift test says so; while a rebalance is still under way the slice only continues it
/// (<see cref="PortfolioTargets.Continue"/>).
/// </summary>
public sealed class RebalanceSchedule(PortfolioTargets targets, int every)
{
    private int _slicesSinceRebalance;
    private bool _rebalancedOnce;

    /// <summary>Call on each complete slice the strategy could decide on; true when it should rebalance now.</summary>
    public bool IsDue(IStrategyContext context, IReadOnlyDictionary<InstrumentId, decimal> closes, Func<bool> drifted)
    {
        _slicesSinceRebalance++;
        if (targets.IsBusy(context))
        {
            targets.Continue(context, closes);
            return false;
        }
        if (_rebalancedOnce && _slicesSinceRebalance < every && !drifted()) return false;
        _rebalancedOnce = true;
        _slicesSinceRebalance = 0;
        return true;
    }
}
