using System.Collections.Frozen;
using System.Threading.Channels;
using Hive.Actors.Diagnostics;
using Hive.Core.Ids;

namespace Hive.Cluster.Dashboard;

/// <summary>
/// One connected page: a bounded buffer of ready-made SSE frames. When the page reads slower than events come, new frames
/// are dropped (never waited for) and the client is marked: its next read says <c>resync</c> instead of what was queued,
/// so the page reloads its panels rather than showing a history with holes in it.
/// </summary>
public sealed class DashboardClient
{
    private readonly Channel<string> _frames;
    private readonly Action<DashboardClient> _leave;
    private readonly FrozenSet<AccountId>? _accounts;
    private long _dropped;

    internal DashboardClient(int capacity, FrozenSet<AccountId>? accounts, Action<DashboardClient> leave)
    {
        _leave = leave;
        _accounts = accounts;
        _frames = Channel.CreateBounded<string>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true },
            _ =>
            {
                Interlocked.Increment(ref _dropped);
                HiveCounters.Record("dashboard/events-dropped");
            });
    }

    /// <summary>Frames dropped since the last resync.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Whether this page's caller may see events about <paramref name="account"/> (null: about no account).</summary>
    internal bool Sees(AccountId? account) => account is not { } id || _accounts is null || _accounts.Contains(id);

    internal void Offer(string frame) => _frames.Writer.TryWrite(frame);

    /// <summary>The frames to write next, in order: one batch per wait. After an overflow, the queued frames are discarded and
    /// the batch is the single resync frame.</summary>
    public async ValueTask<IReadOnlyList<string>> NextAsync(CancellationToken ct)
    {
        await _frames.Reader.WaitToReadAsync(ct);
        var batch = new List<string>();
        while (batch.Count < 256 && _frames.Reader.TryRead(out var frame)) batch.Add(frame);
        var dropped = Interlocked.Exchange(ref _dropped, 0);
        if (dropped == 0) return batch;
        while (_frames.Reader.TryRead(out _)) dropped++;
        return [DashboardFrames.Resync(dropped + batch.Count)];
    }

    /// <summary>Stops receiving frames (the page went away).</summary>
    public void Leave()
    {
        _leave(this);
        _frames.Writer.TryComplete();
    }
}
