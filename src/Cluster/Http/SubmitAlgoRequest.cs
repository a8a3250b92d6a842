namespace Hive.Cluster.Http;

/// <summary>A parent order as a client sends it; the algo id is the idempotency key. <see cref="Type"/>: an algorithm of
/// <c>hive execution simulate --help</c> (the cluster runs all of them); <see cref="Start"/> (absent: now) and <see cref="End"/>
/// in UTC; <see cref="Parameters"/> as <c>--param</c> writes them (<c>slices</c>, <c>limit</c>, ...). Fields are nullable so a
/// missing one is reported by name.</summary>
public sealed record SubmitAlgoRequest(string? AlgoId, string? Type, string? AccountId, string? Instrument, string? Side, decimal? Quantity,
    DateTime? Start, DateTime? End, Dictionary<string, string>? Parameters);
