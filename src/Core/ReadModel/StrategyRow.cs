using System.Collections.Immutable;
using Hive.Core.Ids;
using Hive.Core.Strategies.Instances;

namespace Hive.Core.ReadModel;

/// <summary>A strategy instance as the read side stores it, folded like <see cref="StrategyState.Apply"/> folds it.</summary>
public sealed record StrategyRow(
    StrategyId StrategyId, string Kind, AccountId AccountId, ImmutableSortedDictionary<string, string> Parameters,
    bool Running, string? StopReason, int OrdersIssued, int Starts, DateTime UpdatedAt, long Version)
{
    public static StrategyRow Started(StrategyStarted e, long sequenceNr) =>
        new(e.StrategyId, e.Kind, e.AccountId, e.Parameters, true, null, 0, 1, e.RecordedAt, sequenceNr);

    public StrategyRow Apply(StrategyEvent e, long sequenceNr) => e switch
    {
        StrategyStarted s => this with
        {
            Kind = s.Kind, AccountId = s.AccountId, Parameters = s.Parameters, Running = true, StopReason = null, Starts = Starts + 1,
            UpdatedAt = s.RecordedAt, Version = sequenceNr,
        },
        StrategyStopped s => this with { Running = false, StopReason = s.Reason, UpdatedAt = s.RecordedAt, Version = sequenceNr },
        StrategyOrderIssued o => this with { OrdersIssued = OrdersIssued + 1, UpdatedAt = o.RecordedAt, Version = sequenceNr },
        _ => this with { Version = sequenceNr },
    };
}
