using Hive.Core.Entities.Strategies;
using Hive.Core.Ids;

namespace Hive.Actors.Entities;

public sealed class StrategyEntity(string entityId, EntitySettings settings)
    : EntityActor<StrategyState, StrategyCommand, StrategyEvent, GetStrategy>(
        RegionNames.Strategy, entityId, StrategyState.Empty(new StrategyId(entityId)), settings);
