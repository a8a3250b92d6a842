using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Trading;

namespace Hive.Core.OrderFlow;

/// <summary>A bar that met working orders (or preceded an order) and therefore shapes the venue's state.</summary>
public sealed record VenueBarApplied(string EventId, InstrumentId InstrumentId, DateTime OccurredAt, DateTime RecordedAt, Bar Bar) : IVenueEvent;
