using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Strategies.Instances;

/// <summary>A command to a strategy entity.</summary>
public abstract record StrategyCommand(StrategyId StrategyId) : IWithStrategyId;
