using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>A journaled input of an instrument's venue. The venue is deterministic, so replaying its inputs rebuilds its book, trade ids and reports exactly.</summary>
public interface IVenueEvent : IDomainEvent, IWithInstrumentId;
