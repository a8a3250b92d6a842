using Hive.Core.Entities.Orders;
using Hive.Core.Ids;

namespace Hive.Actors.Entities;

public sealed class OrderEntity(string entityId, EntitySettings settings)
    : EntityActor<OrderState, OrderCommand, OrderEvent, GetOrder>(
        RegionNames.Order, entityId, OrderState.Empty(new ClientOrderId(entityId)), settings);
