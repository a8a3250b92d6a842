using Hive.Core.Ids;

namespace Hive.Core.Trading;

public sealed record TriggerOrder(ClientOrderId ClientOrderId, decimal TriggerPrice) : IOrderCommand;
