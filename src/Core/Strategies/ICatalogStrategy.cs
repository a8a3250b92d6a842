namespace Hive.Core.Strategies;

/// <summary>A strategy the catalog finds by itself: implement this next to <see cref="IStrategy"/> and the strategy
/// is listed, startable in the cluster and usable by the backtester under <see cref="StrategyDescriptor.Name"/>.</summary>
public interface ICatalogStrategy
{
    static abstract StrategyDescriptor Descriptor { get; }
}
