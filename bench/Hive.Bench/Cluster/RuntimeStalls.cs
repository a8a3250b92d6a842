using System.Diagnostics;

namespace Hive.Bench.Cluster;

/// <summary>
/// What the process itself did to a latency window, so a tail can be told apart from the order path's own queueing: every
/// garbage collection's pause, by kind (<see cref="GcEvents"/>), how late a dedicated
/// thread's 1 ms sleep woke (the whole process stalled: a GC suspension, the machine's other work), and how long a work item
/// queued to the .NET thread pool every 5 ms waited before it ran (thread-pool starvation: blocking calls on pool threads,
/// which the pool answers by adding a thread about every half second), with the pool's thread count.
/// </summary>
public sealed class RuntimeStalls : IDisposable
{
    private readonly Thread _probe;
    private readonly GcEvents _gc = new();
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
        var clock = Stopwatch.StartNew();
        var nextPoolProbe = 0.0;
        while (!_stopped)
        {
            var before = clock.Elapsed.TotalMilliseconds;
            Thread.Sleep(1);
            var now = clock.Elapsed.TotalMilliseconds;
            lock (_lateWakes) _lateWakes.Add(now - before - 1);
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

    /// <summary>Of the orders timed over <paramref name="slowMs"/> (each its send time and how long it took), how many were in flight
    /// while a collection stopped the process for more than <paramref name="pauseMs"/>.</summary>
    public string SlowDuringPauses(IReadOnlyList<(DateTime Sent, double Ms)> timed, double slowMs, double pauseMs)
    {
        var pauses = _gc.PausesOver(pauseMs);
        var slow = timed.Where(t => t.Ms > slowMs).ToList();
        var during = slow.Count(t => pauses.Any(p => p.From <= t.Sent.AddMilliseconds(t.Ms) && p.To >= t.Sent));
        return $"of the {slow.Count} timed orders over {slowMs:0} ms, {during} were in flight during a GC pause over {pauseMs:0} ms ({pauses.Count} such pauses)";
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
        return $"{_gc}; a 1 ms sleep woke late {Tail(_lateWakes)}; " +
               $"a thread-pool item waited {Tail(_poolWaits)}; pool threads {_threadsMin}-{_threadsMax}";
    }

    public void Dispose()
    {
        _stopped = true;
        _probe.Join();
        _gc.Dispose();
    }
}
