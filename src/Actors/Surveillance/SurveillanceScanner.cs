using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Event;
using Hive.Actors.Diagnostics;
using Hive.Actors.ReadModel;
using Hive.Core.ReadModel;
using Hive.Core.Surveillance;

namespace Hive.Actors.Surveillance;

/// <summary>
/// Runs the detectors on a timer and stores what they find. There is one per database, as the projection (a singleton on
/// PostgreSQL, one per node on SQLite). It keeps the newest orders and fills in a <see cref="SurveillanceWindow"/> fed by
/// the projection's published batches (<see cref="ReadModelChanged"/>), so a scan reads only the small owners table; every
/// <see cref="SurveillanceSettings.ReadTablesEvery"/> scans (and first) it reads the newest rows back from the read tables,
/// which repairs a batch it missed. A scan is a pure <see cref="SurveillanceScan"/>; the same pattern found again has the
/// same alert id, so only ids this scanner has not stored yet go to the store, and the store keeps the first detection of
/// an id (a restarted scanner repeats nothing). While a scan runs, ticks are ignored: a slow database delays scans
/// instead of queueing them. Counted in <c>/api/counters</c>: <c>surveillance/scans</c>, <c>surveillance/scan-failures</c>,
/// <c>surveillance/alerts/{detector}</c>.
/// </summary>
public sealed class SurveillanceScanner : ReceiveActor, IWithTimers
{
    // Remembered alert ids only save the store a repeated insert; past this many the memory starts again (the store still dedupes).
    private const int RememberedIdsCap = 100_000;
    private readonly SurveillanceStore _store;
    private readonly SurveillanceSettings _settings;
    private readonly bool _clusterWide;
    private readonly SurveillanceScan _scan;
    private readonly SurveillanceWindow _window;
    private readonly HashSet<string> _stored = [];
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private int _scansSinceRead;

    public SurveillanceScanner(SurveillanceStore store, SurveillanceSettings settings, bool clusterWide)
    {
        _store = store;
        _settings = settings;
        _clusterWide = clusterWide;
        _scan = new SurveillanceScan(settings.Parameters);
        _window = new SurveillanceWindow(settings.RecentOrders, settings.RecentFills);
        _scansSinceRead = settings.ReadTablesEvery;
        Idle();
    }

    public ITimerScheduler Timers { get; set; } = null!;

    /// <param name="clusterWide">Whether the projection publishes through DistributedPubSub (it is the cluster's singleton).</param>
    public static Props Props(SurveillanceStore store, SurveillanceSettings settings, bool clusterWide) =>
        Akka.Actor.Props.Create(() => new SurveillanceScanner(store, settings, clusterWide));

    protected override void PreStart()
    {
        ReadModelChanged.Subscribe(Context.System, Self, _clusterWide);
        Timers.StartPeriodicTimer("scan", Tick.Instance, _settings.ScanInterval);
    }

    protected override void PostStop() => Context.System.EventStream.Unsubscribe(Self);

    private void Idle()
    {
        Always();
        Receive<Tick>(_ =>
        {
            if (_scansSinceRead >= _settings.ReadTablesEvery)
                _store.RecentAsync(_settings.RecentOrders, _settings.RecentFills)
                    .PipeTo(Self, success: rows => new TablesRead(rows.Orders, rows.Fills), failure: e => new ScanFailed(e));
            else
                StartScan();
            Become(Scanning);
        });
    }

    private void Scanning()
    {
        Always();
        Receive<Tick>(_ => { });
        Receive<TablesRead>(read =>
        {
            _window.Apply(read.Orders, read.Fills);
            _scansSinceRead = 0;
            StartScan();
        });
        Receive<Scanned>(s =>
        {
            HiveCounters.Record("surveillance/scans");
            _scansSinceRead++;
            if (_stored.Count > RememberedIdsCap) _stored.Clear();
            _stored.UnionWith(s.Found.Select(a => a.Id));
            // Ids the store already had were counted when first stored (by this scanner before a restart, or by another node).
            foreach (var alert in s.Stored)
            {
                HiveCounters.Record($"surveillance/alerts/{alert.Detector}");
                _log.Warning("surveillance alert {0}: {1}", alert.Id, alert.Summary);
            }
            Become(Idle);
        });
        Receive<ScanFailed>(f =>
        {
            // The read tables may not exist yet (the projection creates them) or the database may be down: the next tick retries.
            HiveCounters.Record("surveillance/scan-failures");
            _log.Warning("surveillance scan failed, retrying in {0}: {1}", _settings.ScanInterval, f.Cause.Message);
            Become(Idle);
        });
    }

    /// <summary>What the scanner does in either state: keep its window up to date.</summary>
    private void Always()
    {
        Receive<ReadModelChanged>(changed => _window.Apply(changed.Orders, changed.Fills));
        Receive<SubscribeAck>(_ => { });
    }

    /// <summary>Copies the window here, on the actor's thread; the owners' read, the detectors and the store run off it.</summary>
    private void StartScan()
    {
        var (orders, trades) = _window.Snapshot();
        ScanAsync(orders, trades).PipeTo(Self, failure: e => new ScanFailed(e));
    }

    // Reads _stored off the actor's thread: only the Scanned handler changes it, after this task has finished.
    private async Task<Scanned> ScanAsync(IReadOnlyList<SurveilledOrder> orders, IReadOnlyList<SurveilledTrade> trades)
    {
        var input = new SurveillanceInput(orders, trades, await _store.OwnersAsync());
        var found = _scan.Run(input).Where(a => !_stored.Contains(a.Id)).ToList();
        return new Scanned(found, await _store.AddAsync(found, DateTime.UtcNow));
    }

    private sealed record Tick
    {
        public static readonly Tick Instance = new();
    }

    private sealed record TablesRead(IReadOnlyList<OrderRow> Orders, IReadOnlyList<FillRow> Fills);

    private sealed record Scanned(IReadOnlyList<SurveillanceAlert> Found, IReadOnlyList<SurveillanceAlert> Stored);

    private sealed record ScanFailed(Exception Cause);
}
