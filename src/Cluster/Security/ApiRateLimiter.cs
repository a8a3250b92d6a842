using System.Threading.RateLimiting;

namespace Hive.Cluster.Security;

/// <summary>
/// Per-key request budgets (a token bucket per user: <c>--rate-limit</c> requests a second, bursts up to as many): one runaway
/// script cannot starve the node or the other users. Over budget is 429 with <c>Retry-After</c>. The bootstrap admin key is
/// not limited: it is the operator's credential of last resort (and the drills' and benches' load), never a desk's.
/// </summary>
public sealed class ApiRateLimiter(int perSecond) : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter = perSecond <= 0 ? null : PartitionedRateLimiter.Create<string, string>(user =>
        RateLimitPartition.GetTokenBucketLimiter(user, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perSecond, TokensPerPeriod = perSecond, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0, AutoReplenishment = true,
        }));

    /// <summary>Null when the request may go on; else the whole seconds to wait.</summary>
    public int? RetryAfter(ApiCaller caller)
    {
        if (_limiter is null || ReferenceEquals(caller, ApiCaller.BootstrapAdmin)) return null;
        using var lease = _limiter.AttemptAcquire(caller.Name);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
    }

    public void Dispose() => _limiter?.Dispose();
}
