namespace Hive.Cluster.Trading;

/// <summary>A holding marked at the instrument's last price (null when the venue has seen no price yet).</summary>
public sealed record PositionView(string Instrument, string Currency, decimal Quantity, decimal AverageCost, decimal CostBasis,
    decimal? Mark, decimal? MarketValue, decimal? UnrealizedPnl, decimal RealizedPnl);
