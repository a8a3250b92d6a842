using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>Asks an instrument entity for its <see cref="VenueStatus"/>.</summary>
public sealed record GetVenue(InstrumentId InstrumentId) : IWithInstrumentId;
