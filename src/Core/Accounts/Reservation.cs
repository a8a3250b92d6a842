using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.Accounts;

/// <summary>Buying power held for an open order. <see cref="Amount"/> is cash (cash account buys) or
/// exposure (margin accounts) in <see cref="Currency"/>; <see cref="Quantity"/> is the order's unfilled
/// quantity it covers (cash-account sells reserve position units, with a zero amount). <see cref="FillsBooked"/>
/// counts the order's fills booked against it: fills are numbered per order, so it is the watermark that makes
/// booking idempotent while the hold is open (once it closes, every later booking of the order is a repeat).
/// <see cref="Strategy"/> is the strategy that placed the order, if one did (a halt of that strategy cancels it).</summary>
public sealed record Reservation(ClientOrderId ClientOrderId, InstrumentId InstrumentId, string Currency, OrderSide Side,
    decimal Quantity, decimal Amount, int FillsBooked = 0, StrategyId? Strategy = null);
