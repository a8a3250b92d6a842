using Hive.Core.Ids;
using Hive.Core.Trading;

namespace Hive.Core.OrderFlow;

/// <summary>The account confirmed it released whatever the finished order still held.</summary>
public sealed record OrderReleaseConfirmed(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt) : IOrderEvent;
