using Hive.Core.Ids;
using Hive.Core.Trading;

namespace Hive.Core.OrderFlow;

/// <summary>The account confirmed it booked the fill with this trade id.</summary>
public sealed record OrderFillBooked(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt, TradeId TradeId) : IOrderEvent;
