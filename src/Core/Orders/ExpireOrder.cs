using Hive.Core.Ids;

namespace Hive.Core.Orders;

/// <summary>DAY at session end, GTD at its expiry time.</summary>
public sealed record ExpireOrder(ClientOrderId ClientOrderId) : IOrderCommand;
