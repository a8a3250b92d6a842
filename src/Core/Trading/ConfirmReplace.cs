using Hive.Core.Ids;

namespace Hive.Core.Trading;

public sealed record ConfirmReplace(ClientOrderId ClientOrderId) : IOrderCommand;
