using Hive.Core.ReadModel;

namespace Hive.Cluster.Trading;

/// <summary>One fill as the API shows it.</summary>
public sealed record FillView(string TradeId, string OrderId, string AccountId, string Instrument, string Side, decimal Quantity,
    decimal Price, decimal Fee, string FeeCurrency, string Liquidity, DateTime ExecutedAt)
{
    public static FillView From(FillRow f) => new(f.TradeId.Value, f.ClientOrderId.Value, f.AccountId.Value, f.InstrumentId.ToString(),
        f.Side.ToString().ToLowerInvariant(), f.Quantity, f.Price, f.Fee, f.FeeCurrency, f.Liquidity.ToString().ToLowerInvariant(), f.ExecutedAt);
}
