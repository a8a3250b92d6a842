using Hive.Core.Ids;

namespace Hive.Core.Trading;

public sealed record RejectReplace(ClientOrderId ClientOrderId, string Reason) : IOrderCommand;
