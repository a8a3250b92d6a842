using Hive.Core.Ids;
using Hive.Core.Instruments;

namespace Hive.Core.Orders;

/// <summary>Ask to change quantity and/or prices; null keeps the current value.</summary>
public sealed record ReplaceOrder(ClientOrderId ClientOrderId, Instrument Instrument, decimal? Quantity = null,
    decimal? LimitPrice = null, decimal? StopPrice = null) : IOrderCommand;
