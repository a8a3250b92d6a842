using Hive.Core.Ids;

namespace Hive.Core.Orders;

public sealed record OrderFilled(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt, TradeId TradeId, decimal Quantity, decimal Price, decimal Fee, string FeeCurrency, LiquiditySide Liquidity) : IOrderEvent;
