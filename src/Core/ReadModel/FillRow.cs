using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.ReadModel;

/// <summary>One execution as the read side stores it; <see cref="SortKey"/> is the journal position of its <see cref="OrderFilled"/>.</summary>
public sealed record FillRow(
    TradeId TradeId, ClientOrderId ClientOrderId, AccountId AccountId, InstrumentId InstrumentId, OrderSide Side,
    decimal Quantity, decimal Price, decimal Fee, string FeeCurrency, LiquiditySide Liquidity, DateTime ExecutedAt, long SortKey);
