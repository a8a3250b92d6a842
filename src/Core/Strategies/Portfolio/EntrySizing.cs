using Hive.Core.Ids;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>How the single-instrument strategies size an entry: a fixed number of units when one is given, otherwise a
/// fraction of cash at the decision price (<see cref="Sizing.PercentOfCash"/>), always in whole lots.</summary>
public static class EntrySizing
{
    public static decimal Units(IStrategyContext context, InstrumentId instrument, decimal? quantity, decimal cashFraction, decimal price) =>
        quantity is { } units ? Sizing.FixedUnits(context, instrument, units) : Sizing.PercentOfCash(context, instrument, cashFraction, price);
}
