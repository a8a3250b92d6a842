namespace Hive.Cluster.Http;

/// <summary>Assigns an account to a beneficial owner for trade surveillance; nullable so a missing field is reported by name.</summary>
public sealed record OwnerRequest(string? Owner);
