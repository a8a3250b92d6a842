using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Strategies.Instances;

/// <summary>Asks a strategy entity how far its running strategy has got (answered with <see cref="StrategyProgress"/>).</summary>
public sealed record GetStrategyProgress(StrategyId StrategyId) : IWithStrategyId;
