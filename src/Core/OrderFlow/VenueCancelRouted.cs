using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Trading;

namespace Hive.Core.OrderFlow;

/// <summary>A cancel attempt reached the venue.</summary>
public sealed record VenueCancelRouted(string EventId, InstrumentId InstrumentId, DateTime OccurredAt, DateTime RecordedAt, ClientOrderId OrderId, int Attempt) : IVenueEvent;
