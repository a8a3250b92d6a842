using Hive.Core.Ids;

namespace Hive.Core.Orders;

/// <summary>The venue removed the order (on request, or on its own for IOC/FOK leftovers).</summary>
public sealed record ConfirmCancel(ClientOrderId ClientOrderId, string Reason) : IOrderCommand;
