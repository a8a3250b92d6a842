using Hive.Core.Ids;

namespace Hive.Core.Orders;

public sealed record RejectReplace(ClientOrderId ClientOrderId, string Reason) : IOrderCommand;
