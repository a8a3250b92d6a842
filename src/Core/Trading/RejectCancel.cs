using Hive.Core.Ids;

namespace Hive.Core.Trading;

public sealed record RejectCancel(ClientOrderId ClientOrderId, string Reason) : IOrderCommand;
