using System.Threading.Channels;
using Hive.Actors.Diagnostics;
using Hive.Core.Audit;

namespace Hive.Cluster.Security;

/// <summary>
/// Chains and stores audit entries in group commits: <see cref="Record"/> queues an entry and answers when the transaction
/// holding it has committed (the HTTP gate holds a write's response until then, so no write is acknowledged whose record a
/// crash could lose); one loop takes whatever has queued, up to <see cref="BatchSize"/>, chains it on from the last stored
/// hash and writes it in one transaction, so thousands of orders a second cost a few commits a second. One chain per node (<see cref="Chain"/>, the
/// node's address): nodes never coordinate to number records, and each chain verifies on its own. A failed write is retried
/// with the same numbers, so the chain has no holes; entries queued when the node stops are written before it exits.
/// </summary>
public sealed class AuditWriter(AuditStore store, string chain, ILogger<AuditWriter> log) : BackgroundService
{
    public const int BatchSize = 500;
    private readonly Channel<(AuditEntry Entry, TaskCompletionSource Stored)> _queue =
        Channel.CreateUnbounded<(AuditEntry, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });
    private long _written;

    public string Chain => chain;

    /// <summary>Records written so far by this node (tests wait on it).</summary>
    public long Written => Interlocked.Read(ref _written);

    /// <summary>Queues the entry; the task completes once it is stored (at once, counted as dropped, when the node is stopping
    /// and the queue is closed).</summary>
    public Task Record(AuditEntry entry)
    {
        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (_queue.Writer.TryWrite((entry, stored))) return stored.Task;
        HiveCounters.Record("audit/dropped");
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var (sequence, previous) = await OpenAsync(stoppingToken);
        var batch = new List<AuditRecord>(BatchSize);
        var waiting = new List<TaskCompletionSource>(BatchSize);
        // Drained to the end on shutdown: the reader stops when the queue is completed and empty.
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var queued))
            {
                var record = AuditChain.Append(chain, sequence + batch.Count + 1, batch.Count == 0 ? previous : batch[^1].Hash, queued.Entry);
                batch.Add(record);
                waiting.Add(queued.Stored);
            }
            await WriteAsync(batch);
            (sequence, previous) = (batch[^1].Sequence, batch[^1].Hash);
            Interlocked.Add(ref _written, batch.Count);
            foreach (var stored in waiting) stored.SetResult();
            batch.Clear();
            waiting.Clear();
        }
    }

    /// <summary>The table and the chain's tail, retried until the database answers: a node whose journal is down stays up (not
    /// ready), and an exception here would stop the whole host.</summary>
    private async Task<(long Sequence, string Hash)> OpenAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.EnsureSchemaAsync(stoppingToken);
                return await store.TailAsync(chain, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested
                                      && e is System.Data.Common.DbException or IOException or InvalidOperationException or TimeoutException)
            {
                if (attempt == 1) log.LogWarning("audit: the node's database does not answer ({Error}); retrying until it does", e.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(5000, 200 * attempt)), stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task WriteAsync(IReadOnlyList<AuditRecord> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.AppendAsync(batch, CancellationToken.None);
                return;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException)
            {
                HiveCounters.Record("audit/write-failed");
                log.LogWarning("audit: writing {Count} records failed (attempt {Attempt}): {Error}; retrying", batch.Count, attempt, e.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(5000, 100 * attempt)));
            }
        }
    }
}
