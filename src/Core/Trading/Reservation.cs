using Hive.Core.Ids;

namespace Hive.Core.Trading;

/// <summary>Buying power held for an open order. <see cref="Amount"/> is cash (cash account buys) or
/// exposure (margin accounts) in <see cref="Currency"/>; <see cref="Quantity"/> is the order's unfilled
/// quantity it covers (cash-account sells reserve position units, with a zero amount).</summary>
public sealed record Reservation(ClientOrderId ClientOrderId, InstrumentId InstrumentId, string Currency, OrderSide Side,
    decimal Quantity, decimal Amount);
