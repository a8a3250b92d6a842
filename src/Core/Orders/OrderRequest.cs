using Hive.Core.Ids;

namespace Hive.Core.Orders;

/// <summary>
/// What a client asks for. The client order id is the idempotency key: the same request twice is one
/// order. Which prices are required depends on <see cref="Type"/>; <see cref="OrderValidation"/> checks it.
/// <see cref="SelfTradePrevention"/>, when given, overrides the venue's default for this order.
/// </summary>
public sealed record OrderRequest(
    ClientOrderId ClientOrderId,
    AccountId AccountId,
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
    bool ReduceOnly = false,
    StrategyId? StrategyId = null,
    SelfTradePrevention? SelfTradePrevention = null)
{
    public static OrderRequest Market(ClientOrderId id, AccountId account, InstrumentId instrument, OrderSide side, decimal quantity) =>
        new(id, account, instrument, side, OrderType.Market, quantity, TimeInForce: TimeInForce.Ioc);

    public static OrderRequest Limit(ClientOrderId id, AccountId account, InstrumentId instrument, OrderSide side, decimal quantity,
        decimal price, TimeInForce timeInForce = TimeInForce.Gtc) =>
        new(id, account, instrument, side, OrderType.Limit, quantity, LimitPrice: price, TimeInForce: timeInForce);
}
