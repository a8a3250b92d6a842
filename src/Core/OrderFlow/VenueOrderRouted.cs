using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Trading;

namespace Hive.Core.OrderFlow;

/// <summary>An order reached the venue.</summary>
public sealed record VenueOrderRouted(string EventId, InstrumentId InstrumentId, DateTime OccurredAt, DateTime RecordedAt, OrderRequest Request) : IVenueEvent;
