using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace Hive.Actors.Diagnostics;

/// <summary>
/// Process-wide counters of what went wrong (and right): rejections by code, unknown messages by
/// type, persisted events. Exposed on the node's HTTP API and as <c>System.Diagnostics.Metrics</c>
/// instruments (meter <c>Hive</c>) for Prometheus.
/// </summary>
public static class HiveCounters
{
    public static readonly Meter Meter = new("Hive");

    private static readonly Counter<long> RejectedCounter = Meter.CreateCounter<long>("hive_commands_rejected");
    private static readonly Counter<long> UnknownCounter = Meter.CreateCounter<long>("hive_unknown_messages");
    private static readonly Counter<long> PersistedCounter = Meter.CreateCounter<long>("hive_events_persisted");
    private static readonly Histogram<double> PersistDuration = Meter.CreateHistogram<double>("hive_persist_duration", "ms",
        "from an entity's PersistAllAsync to the write's confirmation, by region");
    // A box per key, added to atomically: ConcurrentDictionary.AddOrUpdate takes a bucket lock on every update, and every
    // order group and account updates the same few keys thousands of times a second.
    private static readonly ConcurrentDictionary<string, StrongBox<long>> Totals = new();
    private static readonly ConcurrentDictionary<string, string> PersistedKeys = new();

    public static void Rejected(string region, string code)
    {
        Add($"rejected/{region}/{code}");
        RejectedCounter.Add(1, new KeyValuePair<string, object?>("region", region), new KeyValuePair<string, object?>("code", code));
    }

    public static void UnknownMessage(string where, string messageType)
    {
        Add($"unknown/{where}/{messageType}");
        UnknownCounter.Add(1, new KeyValuePair<string, object?>("where", where), new KeyValuePair<string, object?>("type", messageType));
    }

    public static void Persisted(string region, int events)
    {
        Add(PersistedKeys.GetOrAdd(region, r => $"persisted/{r}"), events);
        PersistedCounter.Add(events, new KeyValuePair<string, object?>("region", region));
    }

    /// <summary>How long an entity waited for a write of its events (the journal's queue, its commit and the reply).</summary>
    public static void PersistTook(string region, TimeSpan took) =>
        PersistDuration.Record(took.TotalMilliseconds, new KeyValuePair<string, object?>("region", region));

    public static void Record(string name, long by = 1) => Add(name, by);

    public static long Get(string key) => Totals.TryGetValue(key, out var box) ? Interlocked.Read(ref box.Value) : 0;

    public static IReadOnlyDictionary<string, long> Snapshot() =>
        new SortedDictionary<string, long>(Totals.ToDictionary(kv => kv.Key, kv => Interlocked.Read(ref kv.Value.Value)));

    private static void Add(string key, long by = 1) => Interlocked.Add(ref Totals.GetOrAdd(key, _ => new StrongBox<long>()).Value, by);
}
