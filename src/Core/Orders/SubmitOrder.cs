using Hive.Core.Ids;
using Hive.Core.Instruments;

namespace Hive.Core.Orders;

/// <summary>Create the order. The instrument travels with the command so the pure state can check tick,
/// lot and notional rules without a lookup.</summary>
public sealed record SubmitOrder(OrderRequest Request, Instrument Instrument) : IOrderCommand
{
    public ClientOrderId ClientOrderId => Request.ClientOrderId;
}
