using Hive.Core.Ids;

namespace Hive.Core.Orders;

/// <summary>The client asks to cancel; the order goes pending-cancel until the venue answers.</summary>
public sealed record CancelOrder(ClientOrderId ClientOrderId) : IOrderCommand;
