namespace Hive.Cluster.Management;

/// <summary>
/// A value that is slow to read (an ask to every shard region of the cluster) kept for pages that ask often. Younger than
/// <c>fresh</c> it is answered as it is; older, it is still answered at once while one read replaces it in the background;
/// with none yet, or one older than <c>stale</c>, the caller waits for the read. So a dashboard's request costs a lookup, and
/// what it shows is never older than <c>stale</c>, and no older than <c>fresh</c> plus one read while someone keeps asking.
/// </summary>
public sealed class RecentValue<T>(Func<Task<T>> read, TimeSpan fresh, TimeSpan stale, TimeProvider? clock = null) where T : class
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private (T Value, DateTimeOffset At)? _last;
    private Task<T>? _reading;

    public Task<T> GetAsync()
    {
        lock (_gate)
        {
            var age = _last is { } last ? _clock.GetUtcNow() - last.At : TimeSpan.MaxValue;
            if (age < fresh) return Task.FromResult(_last!.Value.Value);
            // Started on the pool, so the read's own end (which takes the gate) always comes after it is recorded here.
            var reading = _reading ??= Task.Run(ReadAsync);
            return age < stale ? Task.FromResult(_last!.Value.Value) : reading;
        }
    }

    private async Task<T> ReadAsync()
    {
        try
        {
            var value = await read();
            lock (_gate) _last = (value, _clock.GetUtcNow());
            return value;
        }
        finally
        {
            lock (_gate) _reading = null;
        }
    }
}
