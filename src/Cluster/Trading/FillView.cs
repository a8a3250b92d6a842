using Hive.Core.Trading;

namespace Hive.Cluster.Trading;

/// <summary>One fill as the API shows it.</summary>
public sealed record FillView(string TradeId, string OrderId, string AccountId, string Instrument, string Side, decimal Quantity,
    decimal Price, decimal Fee, string FeeCurrency, string Liquidity, DateTime ExecutedAt)
{
    public static FillView From(Execution e) => new(e.TradeId.Value, e.ClientOrderId.Value, e.AccountId.Value, e.InstrumentId.ToString(),
        e.Side.ToString().ToLowerInvariant(), e.Quantity, e.Price, e.Fee, e.FeeCurrency, e.Liquidity.ToString().ToLowerInvariant(), e.ExecutedAt);
}
