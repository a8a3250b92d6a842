using Hive.Core.Ids;

namespace Hive.Core.Orders;

public sealed record ConfirmReplace(ClientOrderId ClientOrderId) : IOrderCommand;
