using Hive.Core.Ids;

namespace Hive.Core.Orders;

public sealed record TriggerOrder(ClientOrderId ClientOrderId, decimal TriggerPrice) : IOrderCommand;
