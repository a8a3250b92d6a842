using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.Strategies;

/// <summary>An order as a strategy states it; the context adds the client order id, account and strategy id.</summary>
public sealed record StrategyOrder(
    InstrumentId InstrumentId,
    OrderSide Side,
    OrderType Type,
    decimal Quantity,
    decimal? LimitPrice = null,
    decimal? StopPrice = null,
    decimal? TrailingOffset = null,
    TimeInForce TimeInForce = TimeInForce.Gtc,
    DateTime? ExpireAt = null,
    bool PostOnly = false,
    bool ReduceOnly = false)
{
    public static StrategyOrder Market(InstrumentId instrument, OrderSide side, decimal quantity) =>
        new(instrument, side, OrderType.Market, quantity, TimeInForce: TimeInForce.Gtc);

    public static StrategyOrder Limit(InstrumentId instrument, OrderSide side, decimal quantity, decimal price) =>
        new(instrument, side, OrderType.Limit, quantity, LimitPrice: price);

    public OrderRequest ToRequest(ClientOrderId id, AccountId account, StrategyId strategy) =>
        new(id, account, InstrumentId, Side, Type, Quantity, LimitPrice, StopPrice, TrailingOffset, TimeInForce, ExpireAt, PostOnly, ReduceOnly, strategy);
}
