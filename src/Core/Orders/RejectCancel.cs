using Hive.Core.Ids;

namespace Hive.Core.Orders;

public sealed record RejectCancel(ClientOrderId ClientOrderId, string Reason) : IOrderCommand;
