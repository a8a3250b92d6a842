using Hive.Core.Ids;

namespace Hive.Core.Orders;

/// <summary>The venue removed the order (on request, or on its own for IOC/FOK leftovers and self-trade prevention);
/// <see cref="Code"/> names a cancellation the venue decided on its own (<c>self-trade-prevented</c>), null otherwise.</summary>
public sealed record ConfirmCancel(ClientOrderId ClientOrderId, string Reason, string? Code = null) : IOrderCommand;
