using System.Diagnostics;

namespace Hive.Bench.Cluster;

/// <summary>
/// What the process itself did to a latency window, so a tail can be told apart from the order path's own queueing: the
/// longest pause of each garbage collection (polled from <see cref="GC.GetGCMemoryInfo(GCKind)"/>), how late a dedicated
/// thread's 1 ms sleep woke (the whole process stalled: a GC suspension, the machine's other work), and how long a work item
/// queued to the .NET thread pool every 5 ms waited before it ran (thread-pool starvation: blocking calls on pool threads,
/// which the pool answers by adding a thread about every half second), with the pool's thread count.
/// </summary>
public sealed class RuntimeStalls : IDisposable
{
    private readonly Thread _probe;
    private readonly List<double> _gcPauses = [];
    private readonly List<double> _lateWakes = [];
    private readonly List<double> _poolWaits = [];
    private volatile bool _stopped;
    private int _threadsMin = int.MaxValue, _threadsMax;

    public RuntimeStalls()
    {
        _probe = new Thread(Run) { IsBackground = true, Name = "bench-stall-probe", Priority = ThreadPriority.Highest };
        _probe.Start();
    }

    private void Run()
    {
        // GC.GetGCMemoryInfo allocates, so it is read only when a collection happened since the last look.
        var collections = GC.CollectionCount(0);
        var lastGc = GC.GetGCMemoryInfo(GCKind.Any).Index;
        var clock = Stopwatch.StartNew();
        var nextPoolProbe = 0.0;
        while (!_stopped)
        {
            var before = clock.Elapsed.TotalMilliseconds;
            Thread.Sleep(1);
            var now = clock.Elapsed.TotalMilliseconds;
            lock (_lateWakes) _lateWakes.Add(now - before - 1);
            if (GC.CollectionCount(0) != collections)
            {
                collections = GC.CollectionCount(0);
                var gc = GC.GetGCMemoryInfo(GCKind.Any);
                if (gc.Index != lastGc)
                {
                    lastGc = gc.Index;
                    var pause = gc.PauseDurations.ToArray().Max().TotalMilliseconds;
                    lock (_gcPauses) _gcPauses.Add(pause);
                }
            }
            var threads = ThreadPool.ThreadCount;
            (_threadsMin, _threadsMax) = (Math.Min(_threadsMin, threads), Math.Max(_threadsMax, threads));
            if (now >= nextPoolProbe)
            {
                nextPoolProbe = now + 5;
                var queuedAt = clock.Elapsed.TotalMilliseconds;
                ThreadPool.UnsafeQueueUserWorkItem(_ =>
                {
                    var waited = clock.Elapsed.TotalMilliseconds - queuedAt;
                    lock (_poolWaits) _poolWaits.Add(waited);
                }, null);
            }
        }
    }

    public override string ToString()
    {
        static string Tail(List<double> values)
        {
            lock (values)
            {
                if (values.Count == 0) return "none";
                var sorted = values.Order().ToList();
                return $"p50 {sorted[sorted.Count / 2]:0.0} p99 {sorted[(int)(sorted.Count * 0.99)]:0.0} max {sorted[^1]:0.0} ms";
            }
        }
        int over;
        lock (_gcPauses) over = _gcPauses.Count(p => p > 25);
        return $"GC pauses {Tail(_gcPauses)} ({over} over 25 ms); a 1 ms sleep woke late {Tail(_lateWakes)}; " +
               $"a thread-pool item waited {Tail(_poolWaits)}; pool threads {_threadsMin}-{_threadsMax}";
    }

    public void Dispose()
    {
        _stopped = true;
        _probe.Join();
    }
}
