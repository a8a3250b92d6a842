namespace Hive.Cluster.Http;

public sealed record SessionRequest(string? Key);
