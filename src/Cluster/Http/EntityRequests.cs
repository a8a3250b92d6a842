namespace Hive.Cluster.Http;

// Request bodies of the entity API. Nullable so a missing field is reported by name, not as a crash.

public sealed record TransferRequest(string? TransferId, string? Currency, decimal? Amount);

public sealed record OrderRequest(string? ClientOrderId, string? AccountId, string? Instrument, string? Side, decimal? Quantity, decimal? LimitPrice);

public sealed record CancelRequest(string? Reason);

public sealed record PriceRequest(decimal? Price, DateTime? At);

public sealed record StartStrategyRequest(string? Kind, string? AccountId, Dictionary<string, string>? Parameters);
