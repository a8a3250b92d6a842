namespace Hive.Data.Lake;

/// <summary>Facts about a series that Parquet rows do not carry, stored next to its partitions as
/// <c>_series.json</c>: whether it is synthetic, where it came from, and the generator seed.</summary>
public sealed record SeriesMetadata(bool Synthetic, string Source, int? Seed = null);
