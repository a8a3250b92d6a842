using Hive.Core.Ids;

namespace Hive.Core.Orders;

public sealed record AcceptOrder(ClientOrderId ClientOrderId, VenueOrderId VenueOrderId) : IOrderCommand;
