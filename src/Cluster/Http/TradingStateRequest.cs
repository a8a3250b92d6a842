namespace Hive.Cluster.Http;

/// <summary>Why an account (or one strategy on it) is halted, reduced or resumed. Fields are nullable so a missing one is
/// reported by name.</summary>
public sealed record TradingStateRequest(string? Reason, string? Strategy, string? By);
