namespace Hive.Cluster.Http;

/// <summary>Opens an account: type cash (default) or margin, leverage (margin only, default 1). Fields are nullable so a missing one is reported by name.</summary>
public sealed record OpenAccountRequest(string? Type, decimal? Leverage);
