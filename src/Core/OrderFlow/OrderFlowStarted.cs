using Hive.Core.Ids;
using Hive.Core.Trading;

namespace Hive.Core.OrderFlow;

/// <summary>Persisted with <see cref="OrderSubmitted"/>: how the order's buying-power hold is sized.</summary>
public sealed record OrderFlowStarted(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt, decimal ReferencePrice, string Currency, decimal ReserveFeeRate) : IOrderEvent;
