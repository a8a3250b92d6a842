using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.ReadModel;

/// <summary>One execution as the read side stores it; <see cref="SortKey"/> is the journal position of its <see cref="OrderFilled"/>.</summary>
public sealed record FillRow(
    TradeId TradeId, ClientOrderId ClientOrderId, AccountId AccountId, InstrumentId InstrumentId, OrderSide Side,
    decimal Quantity, decimal Price, decimal Fee, string FeeCurrency, LiquiditySide Liquidity, DateTime ExecutedAt, long SortKey)
{
    /// <summary>The execution again, priced in <paramref name="currency"/> (the instrument's quote currency, which the row does not store).</summary>
    public Execution ToExecution(string currency) =>
        new(TradeId, ClientOrderId, AccountId, InstrumentId, Side, Quantity, Price, currency, Fee, FeeCurrency, Liquidity, ExecutedAt);
}
