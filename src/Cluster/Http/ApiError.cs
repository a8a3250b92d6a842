namespace Hive.Cluster.Http;

/// <summary>Every error body of the HTTP API: a machine-readable code and a message for people.</summary>
public sealed record ApiError(string Code, string Message);
