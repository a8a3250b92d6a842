using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Entities.Instruments;

public abstract record InstrumentEvent(string EventId, DateTime OccurredAt, DateTime RecordedAt, InstrumentId InstrumentId)
    : IDomainEvent, IWithInstrumentId;

public sealed record LastPriceRecorded(string EventId, DateTime OccurredAt, DateTime RecordedAt, InstrumentId InstrumentId, decimal Price)
    : InstrumentEvent(EventId, OccurredAt, RecordedAt, InstrumentId);
