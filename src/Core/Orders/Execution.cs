using Hive.Core.Ids;

namespace Hive.Core.Orders;

/// <summary>
/// One fill as the venue reports it: everything the order (via <see cref="ToFillOrder"/>) and the
/// account need. <see cref="TradeId"/> is unique per venue and the idempotency key downstream.
/// </summary>
public sealed record Execution(
    TradeId TradeId,
    ClientOrderId ClientOrderId,
    AccountId AccountId,
    InstrumentId InstrumentId,
    OrderSide Side,
    decimal Quantity,
    decimal Price,
    string Currency,
    decimal Fee,
    string FeeCurrency,
    LiquiditySide Liquidity,
    DateTime ExecutedAt)
{
    public FillOrder ToFillOrder() => new(ClientOrderId, TradeId, Quantity, Price, Fee, FeeCurrency, Liquidity, ExecutedAt);
}
