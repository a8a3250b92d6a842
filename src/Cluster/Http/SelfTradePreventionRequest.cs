namespace Hive.Cluster.Http;

/// <summary>An account's default self-trade prevention mode: none, expire-taker, expire-maker, expire-both, decrement, or
/// <see cref="Trading.RiskView.SelfTradePreventionDefault"/> (<c>venue-default</c>) to follow the venue's default again. Nullable so a missing field is reported by name.</summary>
public sealed record SelfTradePreventionRequest(string? Mode);
