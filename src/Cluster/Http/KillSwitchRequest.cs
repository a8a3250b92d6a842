namespace Hive.Cluster.Http;

/// <summary>Which kill switch to engage or release (exactly one of <see cref="All"/>, <see cref="Account"/>,
/// <see cref="Strategy"/>), why and by whom. Fields are nullable so a missing one is reported by name.</summary>
public sealed record KillSwitchRequest(bool? All, string? Account, string? Strategy, string? Reason, string? By);
