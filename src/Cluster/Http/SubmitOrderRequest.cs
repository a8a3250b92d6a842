namespace Hive.Cluster.Http;

/// <summary>An order as a client sends it; the client order id is the idempotency key. Fields are nullable so a missing one is reported by name.
/// <see cref="SelfTradePrevention"/>: none, expire-taker, expire-maker, expire-both or decrement (absent: the venue's default).</summary>
public sealed record SubmitOrderRequest(string? ClientOrderId, string? AccountId, string? Instrument, string? Side, string? Type, decimal? Quantity,
    decimal? LimitPrice, decimal? StopPrice, decimal? TrailingOffset, string? TimeInForce, DateTime? ExpireAt, bool? PostOnly, bool? ReduceOnly,
    decimal? ReferencePrice, string? SelfTradePrevention = null);
