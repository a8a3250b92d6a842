using System.Text.Json.Serialization;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.Strategies;

namespace Hive.Core.Strategies.Instances;

/// <summary>The running strategy hands a target to an algorithm (<see cref="IStrategyContext.Execute"/>); the entity gives the
/// parent the next algo id (<see cref="StrategyExecution.ParentId"/>) and records it before it is submitted, so a restart
/// neither loses it nor names another parent. <see cref="ArrivalPrice"/> is the instrument's last close the strategy saw; the
/// entity fills in <see cref="Instrument"/> from its node's catalog, so the target is checked as the parent's entity will.</summary>
public sealed record IssueAlgo(StrategyId StrategyId, StrategyExecution Target, decimal ArrivalPrice) : StrategyCommand(StrategyId)
{
    [JsonIgnore] public Instrument? Instrument { get; init; }
}
