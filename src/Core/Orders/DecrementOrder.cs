using Hive.Core.Ids;

namespace Hive.Core.Orders;

/// <summary>The venue shrank a working order on its own to <see cref="Quantity"/> in all (self-trade prevention's decrement
/// mode: the part that would have traded with an order of the same account is taken away); the order keeps working.</summary>
public sealed record DecrementOrder(ClientOrderId ClientOrderId, decimal Quantity, string Code, string Reason) : IOrderCommand;
