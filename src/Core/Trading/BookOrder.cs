namespace Hive.Core.Trading;

/// <summary>
/// An order as the matching engine sees it: integer ids, price in ticks, quantity in lots, so the hot
/// loop does integer arithmetic only. <see cref="SimulatedExchange"/> converts from the decimal domain.
/// </summary>
public readonly record struct BookOrder(
    long OrderId,
    long OwnerId,
    OrderSide Side,
    long PriceTicks,
    long QuantityLots,
    BookOrderStyle Style = BookOrderStyle.Gtc,
    bool IsMarket = false,
    bool PostOnly = false);
