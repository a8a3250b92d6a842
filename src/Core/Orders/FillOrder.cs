using Hive.Core.Ids;

namespace Hive.Core.Orders;

/// <summary>An execution reported by the venue; applied at most once per <see cref="TradeId"/>.</summary>
public sealed record FillOrder(ClientOrderId ClientOrderId, TradeId TradeId, decimal Quantity, decimal Price,
    decimal Fee, string FeeCurrency, LiquiditySide Liquidity, DateTime ExecutedAt) : IOrderCommand;
