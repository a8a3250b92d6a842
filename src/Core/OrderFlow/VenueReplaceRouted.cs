using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Trading;

namespace Hive.Core.OrderFlow;

/// <summary>A replace attempt reached the venue.</summary>
public sealed record VenueReplaceRouted(string EventId, InstrumentId InstrumentId, DateTime OccurredAt, DateTime RecordedAt, ClientOrderId OrderId, int Attempt, decimal Quantity, decimal? LimitPrice, decimal? StopPrice) : IVenueEvent;
