namespace Hive.Cluster.Http;

/// <summary>A market-data bar pushed to an instrument's venue (default interval 1d). Fields are nullable so a missing one is reported by name.</summary>
public sealed record BarRequest(DateTime? OpenTime, string? Interval, decimal? Open, decimal? High, decimal? Low, decimal? Close, decimal? Volume);
