using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Hive.Actors.Diagnostics;
using Hive.Actors.Entities;
using Hive.Actors.Security;
using Hive.Core.Orders;
using Hive.Core.Risk;
using Hive.Core.Surveillance;
using Prometheus;

namespace Hive.Cluster.Metrics;

/// <summary>
/// What every node of a process shares on <c>/metrics</c>, in prometheus-net's default registry: the .NET runtime (process
/// CPU and memory, GC collections, and the <c>System.Runtime</c> meter's GC, thread-pool, allocation and JIT series, all
/// read at scrape time), Hive's counters (read from <see cref="HiveCounters"/> at scrape time, so exporting costs the
/// entities nothing) and the entities' persist and recovery durations as histograms in seconds (a listener on
/// <see cref="HiveCounters.Meter"/>'s two histograms: one bucket increment per write).
/// </summary>
public static class ProcessMetrics
{
    private static readonly Lazy<IReadOnlyList<CounterFamily>> Started = new(Start);
    // Held for the life of the process: the durations are process-wide, like the counters.
    private static MeterListener? _durations;

    /// <summary>The counter families, registered and collecting (idempotent: the first node of the process starts them).</summary>
    public static IReadOnlyList<CounterFamily> Counters => Started.Value;

    /// <summary>The registry every node exports after its own.</summary>
    public static CollectorRegistry Registry
    {
        get
        {
            EnsureStarted();
            return Prometheus.Metrics.DefaultRegistry;
        }
    }

    /// <summary>Starts collecting, before the first entity starts (a recovery or write before it would go unrecorded).</summary>
    public static void EnsureStarted() => _ = Started.Value;

    private static IReadOnlyList<CounterFamily> Start()
    {
        // Before the default registry is first used: event counters duplicate the System.Runtime meter, and a listener on
        // every meter would put Kestrel's per-request instruments on the request path.
        Prometheus.Metrics.SuppressDefaultMetrics(new SuppressDefaultMetricOptions { SuppressEventCounters = true, SuppressDebugMetrics = true });
        Prometheus.Metrics.ConfigureMeterAdapter(o => o.InstrumentFilterPredicate = i => i.Meter.Name == "System.Runtime");
        var factory = Prometheus.Metrics.WithCustomRegistry(Prometheus.Metrics.DefaultRegistry);
        IReadOnlyList<CounterFamily> counters =
        [
            new CounterFamily(factory, "persisted", "akka_persistence_journal_events_persisted_total", "Events written to the journal by the entities of this process.", "region").StartingAtZero(RegionNames.All),
            new CounterFamily(factory, "persist-failure", "akka_persistence_persist_failures_total", "Journal writes that failed (the entity restarts from its journal).", "region").StartingAtZero(RegionNames.All),
            new CounterFamily(factory, "recovery-failure", "akka_persistence_recovery_failures_total", "Entity recoveries that failed (journal or snapshot unreadable or unreachable).", "region").StartingAtZero(RegionNames.All),
            new CounterFamily(factory, "snapshot-skipped", "akka_persistence_snapshots_skipped_total", "Snapshots that could not be read and were recovered around.", "region").StartingAtZero(RegionNames.All),
            new CounterFamily(factory, "rejected", "hive_commands_rejected_total", "Commands an entity refused, by region and code.", "region", "code"),
            new CounterFamily(factory, "unknown", "hive_unknown_messages_total", "Messages an entity or the projection did not understand, by where and type.", "where", "type"),
            new CounterFamily(factory, "orders-finished", "hive_orders_finished_total", "Orders that reached a final status (filled, cancelled, rejected, denied, expired).", "status").StartingAtZero(Enum.GetValues<OrderStatus>().Where(OrderTransitions.IsTerminal).Select(Label)),
            new CounterFamily(factory, "fills", "hive_fills_total", "Fills stored by the order groups."),
            new CounterFamily(factory, "denied", "hive_orders_denied_total", "Orders denied by pre-trade risk, by code.", "code"),
            new CounterFamily(factory, "order-rejected", "hive_orders_rejected_total", "Orders rejected by the ledger or the venue, by code.", "code"),
            new CounterFamily(factory, "trading-state", "hive_trading_state_changes_total", "Accounts or strategies moved to a trading state (active, reducing, halted).", "state").StartingAtZero(Enum.GetValues<TradingState>().Select(Label)),
            new CounterFamily(factory, "http-error", "hive_http_errors_total", "HTTP API error answers, by code.", "code"),
            new CounterFamily(factory, "alerts-sent", "hive_alerts_sent_total", "Alerts a webhook took (answered 2xx), by format.", "format"),
            new CounterFamily(factory, "alert-attempts-failed", "hive_alert_attempts_failed_total", "Alert posts a webhook refused or did not answer (each retry counts), by format.", "format"),
            new CounterFamily(factory, "projection/events-applied", "hive_projection_events_applied_total", "Events the read-side projection folded into the read tables."),
            new CounterFamily(factory, "projection/events-skipped", "hive_projection_events_skipped_total", "Events the projection skipped (already folded)."),
            new CounterFamily(factory, "surveillance/scans", "hive_surveillance_scans_total", "Trade-surveillance scans completed."),
            new CounterFamily(factory, "surveillance/scan-failures", "hive_surveillance_scan_failures_total", "Trade-surveillance scans that failed (retried on the next tick)."),
            new CounterFamily(factory, "surveillance/alerts", "hive_surveillance_alerts_total", "Trade-surveillance alerts stored, by detector.", "detector").StartingAtZero(SurveillanceScan.DetectorNames),
            new CounterFamily(factory, "projection/batch-failures", "hive_projection_batch_failures_total", "Projection batches that failed and were retried."),
            new CounterFamily(factory, AlgoEntity.ChildrenResent, "hive_algo_children_resent_total", "Algo children placed again because nothing was heard of them since they were placed (the order answers a repeat with where it stands)."),
            new CounterFamily(factory, "dashboard/clients-joined", "hive_dashboard_clients_joined_total", "Pages that opened the dashboard's event stream (GET /api/events)."),
            new CounterFamily(factory, "dashboard/events-dropped", "hive_dashboard_events_dropped_total", "Dashboard events dropped for pages that read too slowly (each such page is told to resync)."),
            new CounterFamily(factory, "dashboard/streams-ended-for-grants", "hive_dashboard_streams_ended_for_grants_total",
                "Event streams ended because their key was revoked or rotated, or its role or accounts changed."),
            new CounterFamily(factory, RemoteTls.RefusedCounter, "hive_remoting_tls_refused_total", "Remoting connections refused because the peer's certificate does not chain to the cluster's CA (or it spoke no TLS)."),
        ];
        Prometheus.Metrics.DefaultRegistry.AddBeforeCollectCallback(() =>
        {
            foreach (var (key, total) in HiveCounters.Snapshot())
                foreach (var family in counters)
                    if (family.TrySet(key, total)) break;
        });
        StartDurations(factory);
        return counters;
    }

    /// <summary>An enum value as the counter keys spell it (<see cref="HiveCounters"/>).</summary>
    private static string Label<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static void StartDurations(IMetricFactory factory)
    {
        var byName = new Dictionary<string, RegionHistogram>
        {
            [HiveCounters.PersistDurationName] = new(factory.CreateHistogram("akka_persistence_persist_duration_seconds",
                "From an entity's PersistAllAsync to the journal's confirmation, by region.",
                new HistogramConfiguration { LabelNames = ["region"], Buckets = Histogram.ExponentialBuckets(0.0005, 2, 15) })),
            [HiveCounters.RecoveryDurationName] = new(factory.CreateHistogram("akka_persistence_recovery_duration_seconds",
                "From an entity's start to the end of its replay (snapshot and events), by region.",
                new HistogramConfiguration { LabelNames = ["region"], Buckets = Histogram.ExponentialBuckets(0.001, 2, 16) })),
        };
        var listener = _durations = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter == HiveCounters.Meter && byName.TryGetValue(instrument.Name, out var histogram))
                    l.EnableMeasurementEvents(instrument, histogram);
            },
        };
        listener.SetMeasurementEventCallback<double>((_, milliseconds, tags, state) =>
            ((RegionHistogram)state!).Observe(tags.Length > 0 ? tags[0].Value as string ?? "" : "", milliseconds / 1000));
        listener.Start();
    }

    /// <summary>A histogram with one label, region, whose children are looked up without allocating.</summary>
    private sealed class RegionHistogram(Histogram histogram)
    {
        private readonly ConcurrentDictionary<string, Histogram.Child> _children = new();

        public void Observe(string region, double seconds) =>
            _children.GetOrAdd(region, r => histogram.WithLabels(r)).Observe(seconds);
    }
}
