using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Hive.Core.Orders;
using Hive.Core.Risk;

namespace Hive.Actors.Diagnostics;

/// <summary>
/// Process-wide counters of what went wrong (and right): rejections by code, unknown messages by type, persisted events,
/// orders by final status, fills, denials. Each is one atomic add on a key (<c>kind/label/label</c>); the node's
/// <c>/api/counters</c> shows them and <c>/metrics</c> reads them on each scrape, so exporting costs the entities nothing.
/// Two durations are recorded as <c>System.Diagnostics.Metrics</c> histograms (meter <c>Hive</c>), which cost nothing
/// until a listener enables them (the node's metrics do, as does the order bench).
/// </summary>
public static class HiveCounters
{
    public static readonly Meter Meter = new("Hive");

    public const string PersistDurationName = "hive_persist_duration";
    public const string RecoveryDurationName = "hive_recovery_duration";

    private static readonly Histogram<double> PersistDuration = Meter.CreateHistogram<double>(PersistDurationName, "ms",
        "from an entity's PersistAllAsync to the write's confirmation, by region");
    private static readonly Histogram<double> RecoveryDuration = Meter.CreateHistogram<double>(RecoveryDurationName, "ms",
        "from an entity's start to the end of its replay (snapshot and events), by region");
    // A box per key, added to atomically: ConcurrentDictionary.AddOrUpdate takes a bucket lock on every update, and every
    // order group and account updates the same few keys thousands of times a second.
    private static readonly ConcurrentDictionary<string, StrongBox<long>> Totals = new();
    private static readonly ConcurrentDictionary<string, string> PersistedKeys = new();
    private static readonly IReadOnlyDictionary<OrderStatus, string> FinishedKeys =
        Enum.GetValues<OrderStatus>().ToDictionary(s => s, s => $"orders-finished/{s.ToString().ToLowerInvariant()}");
    private static readonly IReadOnlyDictionary<TradingState, string> TradingStateKeys =
        Enum.GetValues<TradingState>().ToDictionary(s => s, s => $"trading-state/{s.ToString().ToLowerInvariant()}");

    public static void Rejected(string region, string code) => Add($"rejected/{region}/{code}");

    public static void UnknownMessage(string where, string messageType) => Add($"unknown/{where}/{messageType}");

    public static void Persisted(string region, int events) => Add(PersistedKeys.GetOrAdd(region, r => $"persisted/{r}"), events);

    /// <summary>Counts what an order's newly stored events say: fills, denials and rejections by code, and its final status
    /// when they finished it (<paramref name="after"/> is the order as stored after them).</summary>
    public static void OrderStored(IReadOnlyList<IOrderEvent> events, OrderState after)
    {
        foreach (var e in events)
        {
            switch (e)
            {
                case OrderFilled: Add("fills"); break;
                case OrderDenied denied: Add($"denied/{denied.Code}"); break;
                case OrderRejected rejected: Add($"order-rejected/{rejected.Code}"); break;
            }
        }
        if (events.Count > 0 && after.IsTerminal) Add(FinishedKeys[after.Status]);
    }

    /// <summary>An account (or one of its strategies) was moved to a trading state.</summary>
    public static void TradingStateChanged(TradingState state) => Add(TradingStateKeys[state]);

    /// <summary>How long an entity waited for a write of its events (the journal's queue, its commit and the reply).</summary>
    public static void PersistTook(string region, TimeSpan took) =>
        PersistDuration.Record(took.TotalMilliseconds, new KeyValuePair<string, object?>("region", region));

    /// <summary>How long an entity took from its start to the end of its replay.</summary>
    public static void RecoveryTook(string region, TimeSpan took) =>
        RecoveryDuration.Record(took.TotalMilliseconds, new KeyValuePair<string, object?>("region", region));

    public static void Record(string name, long by = 1) => Add(name, by);

    public static long Get(string key) => Totals.TryGetValue(key, out var box) ? Interlocked.Read(ref box.Value) : 0;

    public static IReadOnlyDictionary<string, long> Snapshot() =>
        new SortedDictionary<string, long>(Totals.ToDictionary(kv => kv.Key, kv => Interlocked.Read(ref kv.Value.Value)));

    private static void Add(string key, long by = 1) => Interlocked.Add(ref Totals.GetOrAdd(key, _ => new StrongBox<long>()).Value, by);
}
