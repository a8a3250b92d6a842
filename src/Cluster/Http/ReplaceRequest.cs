namespace Hive.Cluster.Http;

/// <summary>New quantity and/or prices of a working order. Fields are nullable so a missing one is reported by name.</summary>
public sealed record ReplaceRequest(decimal? Quantity, decimal? LimitPrice, decimal? StopPrice);
