using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Strategies.Instances;

/// <summary>Stops a strategy and cancels its working orders.</summary>
public sealed record StopStrategy(StrategyId StrategyId, string Reason) : StrategyCommand(StrategyId);
