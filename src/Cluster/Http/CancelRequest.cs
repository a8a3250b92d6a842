namespace Hive.Cluster.Http;

/// <summary>Optional reason of a cancel or stop. Fields are nullable so a missing one is reported by name.</summary>
public sealed record CancelRequest(string? Reason);
