using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Entities.Strategies;

public abstract record StrategyCommand(StrategyId StrategyId) : IWithStrategyId;

/// <summary>Starts a strategy of catalog <see cref="Kind"/>; starting a running strategy with the same
/// parameters is a no-op.</summary>
public sealed record StartStrategy(StrategyId StrategyId, string Kind, AccountId AccountId,
    ImmutableSortedDictionary<string, string> Parameters) : StrategyCommand(StrategyId);

public sealed record StopStrategy(StrategyId StrategyId, string Reason) : StrategyCommand(StrategyId);

public sealed record GetStrategy(StrategyId StrategyId) : IWithStrategyId;
