using Hive.Core.Ids;
using Hive.Core.Orders;
using Hive.Core.ReadModel;

namespace Hive.Core.Surveillance;

/// <summary>An order as the detectors see it: who placed it, what it asked for, and how it ended. Times are the entity's
/// wall clock (submission and last change), so lifetimes compare with each other, never with a fill's market-data time.</summary>
public sealed record SurveilledOrder(
    ClientOrderId OrderId, AccountId Account, InstrumentId Instrument, StrategyId? Strategy, OrderSide Side, OrderType Type,
    decimal Quantity, decimal? LimitPrice, OrderStatus Status, decimal FilledQuantity, DateTime PlacedAt, DateTime? EndedAt)
{
    /// <summary>Cancelled (by its owner or Hive) without a single fill: the order never traded.</summary>
    public bool CancelledUnfilled => Status is OrderStatus.Cancelled or OrderStatus.Expired && FilledQuantity == 0m;

    public bool Cancelled => Status is OrderStatus.Cancelled or OrderStatus.Expired;

    public static SurveilledOrder From(OrderRow row) => new(
        row.ClientOrderId, row.AccountId, row.InstrumentId, row.StrategyId, row.Side, row.Type, row.Quantity, row.LimitPrice,
        row.Status, row.FilledQuantity, row.CreatedAt, OrderTransitions.IsTerminal(row.Status) ? row.UpdatedAt : null);
}
