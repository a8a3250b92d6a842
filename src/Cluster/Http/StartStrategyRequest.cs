namespace Hive.Cluster.Http;

/// <summary>Starts a catalog strategy for an account. Fields are nullable so a missing one is reported by name.</summary>
public sealed record StartStrategyRequest(string? Kind, string? AccountId, Dictionary<string, string>? Parameters);
