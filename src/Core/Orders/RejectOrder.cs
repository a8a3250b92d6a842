using Hive.Core.Ids;

namespace Hive.Core.Orders;

/// <summary>The venue or the account refused the order (e.g. <c>insufficient-buying-power</c>).</summary>
public sealed record RejectOrder(ClientOrderId ClientOrderId, string Code, string Reason) : IOrderCommand;
