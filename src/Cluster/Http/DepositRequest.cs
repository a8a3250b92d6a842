namespace Hive.Cluster.Http;

/// <summary>Pays cash in; the transfer id makes a repeat harmless. Fields are nullable so a missing one is reported by name.</summary>
public sealed record DepositRequest(string? TransferId, string? Currency, decimal? Amount);
