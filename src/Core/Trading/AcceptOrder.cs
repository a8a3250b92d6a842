using Hive.Core.Ids;

namespace Hive.Core.Trading;

public sealed record AcceptOrder(ClientOrderId ClientOrderId, VenueOrderId VenueOrderId) : IOrderCommand;
