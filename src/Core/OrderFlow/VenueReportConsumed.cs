using Hive.Core.Ids;
using Hive.Core.Trading;

namespace Hive.Core.OrderFlow;

/// <summary>Venue report number <see cref="Index"/> was applied (its order events precede this one) or, with <see cref="SkippedBecause"/>, recorded as not applicable.</summary>
public sealed record VenueReportConsumed(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt, int Index, string? SkippedBecause) : IOrderEvent;
