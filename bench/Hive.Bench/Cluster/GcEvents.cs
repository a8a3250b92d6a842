using System.Diagnostics.Tracing;

namespace Hive.Bench.Cluster;

/// <summary>
/// Every garbage collection while it lives, from the runtime's own GC events (an in-process <see cref="EventListener"/>):
/// its generation, whether it ran in the background, why it started, how long it stopped the process (suspension to
/// restart) and what it promoted. Polling <see cref="GC.GetGCMemoryInfo(GCKind)"/> instead sees only the newest collection
/// of each kind, so collections close together went uncounted.
/// </summary>
public sealed class GcEvents : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly List<Collection> _done = [];
    private Collection? _current;
    private DateTime _suspended;
    private volatile bool _enabled;

    private sealed class Collection(int generation, int type, int reason)
    {
        public int Generation { get; } = generation;
        /// <summary>0 blocking, 1 background, 2 blocking while a background one runs (GCStart's Type).</summary>
        public int Type { get; } = type;
        public int Reason { get; } = reason;
        public double PauseMs { get; set; }
        public DateTime At { get; set; }
        public double PromotedMb { get; set; }
    }

    public GcEvents() => _enabled = true;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Informational, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_enabled) return;
        lock (_done)
        {
            switch (e.EventName)
            {
                case "GCSuspendEEBegin_V1":
                    _suspended = e.TimeStamp;
                    break;
                case "GCStart_V2":
                    _current = new Collection(Convert.ToInt32(e.Payload![1]), Convert.ToInt32(e.Payload[3]), Convert.ToInt32(e.Payload[2]))
                    {
                        At = e.TimeStamp,
                    };
                    _done.Add(_current);
                    break;
                case "GCHeapStats_V2" when _current is not null:
                    // Promoted out of gen0, gen1 and gen2 (payload 1, 3, 5) by the collection that just ended.
                    _current.PromotedMb = (Convert.ToDouble(e.Payload![1]) + Convert.ToDouble(e.Payload[3]) + Convert.ToDouble(e.Payload[5])) / 1e6;
                    break;
                case "GCRestartEEEnd_V1" when _current is not null && _suspended != default:
                    // A background collection suspends twice; its pause is the longer of the two.
                    _current.PauseMs = Math.Max(_current.PauseMs, (e.TimeStamp - _suspended).TotalMilliseconds);
                    _suspended = default;
                    break;
            }
        }
    }

    /// <summary>The stretches of time (UTC) the collections stopped the process for longer than <paramref name="ms"/>.</summary>
    public IReadOnlyList<(DateTime From, DateTime To)> PausesOver(double ms)
    {
        lock (_done)
            return _done.Where(c => c.PauseMs > ms).Select(c => (c.At.ToUniversalTime(), c.At.ToUniversalTime().AddMilliseconds(c.PauseMs))).ToList();
    }

    public override string ToString()
    {
        lock (_done)
        {
            if (_done.Count == 0) return "no GC";
            var pauses = _done.Select(c => c.PauseMs).Order().ToList();
            var kinds = _done.GroupBy(c => (c.Generation, c.Type)).OrderBy(g => g.Key).Select(g =>
                $"gen{g.Key.Generation}{g.Key.Type switch { 1 => " background", 2 => " foreground", _ => "" }} {g.Count()}× " +
                $"max {g.Max(c => c.PauseMs):0.0} ms (median {g.Select(c => c.PauseMs).Order().ElementAt(g.Count() / 2):0.0}) promoting {g.Select(c => c.PromotedMb).Order().ElementAt(g.Count() / 2):0.0} MB" +
                $" (reasons {string.Join("/", g.Select(c => c.Reason).Distinct().Order())})");
            return $"GC: {_done.Count} collections paused {pauses.Sum():N0} ms, p50 {pauses[pauses.Count / 2]:0.0} max {pauses[^1]:0.0} ms " +
                   $"({pauses.Count(p => p > 25)} over 25 ms; {string.Join(", ", kinds)})";
        }
    }

    public override void Dispose()
    {
        _enabled = false;
        base.Dispose();
    }
}
