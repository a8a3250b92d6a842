using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Strategies.Instances;

/// <summary>Asks a strategy entity for its <see cref="StrategyState"/>.</summary>
public sealed record GetStrategy(StrategyId StrategyId) : IWithStrategyId;
