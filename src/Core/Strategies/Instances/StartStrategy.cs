using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Strategies.Instances;

/// <summary>Starts a strategy of catalog <see cref="Kind"/> trading for <see cref="AccountId"/>; starting a running strategy with the same settings is a no-op.</summary>
public sealed record StartStrategy(StrategyId StrategyId, string Kind, AccountId AccountId,
    ImmutableSortedDictionary<string, string> Parameters) : StrategyCommand(StrategyId);
