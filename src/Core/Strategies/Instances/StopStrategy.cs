using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Strategies.Instances;

/// <summary>Stops a strategy; its working orders stay working.</summary>
public sealed record StopStrategy(StrategyId StrategyId, string Reason) : StrategyCommand(StrategyId);
