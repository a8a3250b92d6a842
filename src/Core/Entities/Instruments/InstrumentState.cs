using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Entities.Instruments;

/// <summary>An instrument's last price. The venue's order book joins it with the trading core.</summary>
public sealed record InstrumentState(InstrumentId InstrumentId, long Version, decimal? LastPrice, DateTime? LastPriceAt)
    : IAggregate<InstrumentState, InstrumentCommand, InstrumentEvent>, IEntityState
{
    public static InstrumentState Empty(InstrumentId id) => new(id, 0, null, null);

    public bool CanPassivate => true;

    public Decision<InstrumentEvent> Decide(InstrumentCommand command, DateTime utcNow)
    {
        if (command.InstrumentId != InstrumentId)
            return Decision<InstrumentEvent>.Reject("wrong-entity", $"command for instrument {command.InstrumentId} reached instrument {InstrumentId}");
        return command switch
        {
            RecordPrice p when p.Price <= 0 => Decision<InstrumentEvent>.Reject("non-positive-price", $"price must be positive, got {p.Price}"),
            RecordPrice p when LastPriceAt is { } last && p.At <= last => Decision<InstrumentEvent>.AlreadyApplied,
            RecordPrice p => Decision<InstrumentEvent>.Accept(new LastPriceRecorded($"{InstrumentId}:{Version + 1}", p.At, utcNow, InstrumentId, p.Price)),
            _ => Decision<InstrumentEvent>.Reject("unknown-command", $"instrument cannot handle {command.GetType().Name}"),
        };
    }

    public InstrumentState Apply(InstrumentEvent @event) => @event switch
    {
        LastPriceRecorded p => this with { Version = Version + 1, LastPrice = p.Price, LastPriceAt = p.OccurredAt },
        _ => throw new InvalidOperationException($"instrument cannot apply {@event.GetType().Name}"),
    };
}
