using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.Accounts;

/// <summary>
/// Pre-trade check and hold for an order. <see cref="Currency"/> is the instrument's quote currency (the
/// hold's currency); <see cref="ReferencePrice"/> is the limit price, or for market and stop orders the
/// price the caller expects (last or stop price); <see cref="FeeRate"/> pads the hold so the fee is covered
/// too; <see cref="MarketPrice"/> is the venue's last price when the order was placed (the price collar's anchor; null
/// when the venue had none). Idempotent per client order id.
/// </summary>
public sealed record ReserveBuyingPower(OrderRequest Order, string Currency, decimal ReferencePrice, decimal FeeRate = 0m, decimal? MarketPrice = null) : IAccountCommand
{
    public AccountId AccountId => Order.AccountId;
}
