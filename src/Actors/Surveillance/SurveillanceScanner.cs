using Akka.Actor;
using Akka.Event;
using Hive.Actors.Diagnostics;
using Hive.Core.Surveillance;

namespace Hive.Actors.Surveillance;

/// <summary>
/// Runs the detectors over the read tables on a timer and stores what they find. There is one per database, as the
/// projection (a singleton on PostgreSQL, one per node on SQLite). A scan is a pure <see cref="SurveillanceScan"/> over the
/// newest orders and fills; the same pattern found again has the same alert id, so only ids this scanner has not stored
/// yet go to the store, and the store keeps the first detection of an id (a restarted scanner repeats nothing).
/// While a scan runs, ticks are ignored: a slow database delays scans instead of queueing them. Counted in
/// <c>/api/counters</c>: <c>surveillance/scans</c>, <c>surveillance/scan-failures</c>, <c>surveillance/alerts/{detector}</c>.
/// </summary>
public sealed class SurveillanceScanner : ReceiveActor, IWithTimers
{
    // Remembered alert ids only save the store a repeated insert; past this many the memory starts again (the store still dedupes).
    private const int RememberedIdsCap = 100_000;
    private readonly SurveillanceStore _store;
    private readonly SurveillanceSettings _settings;
    private readonly SurveillanceScan _scan;
    private readonly HashSet<string> _stored = [];
    private readonly ILoggingAdapter _log = Context.GetLogger();

    public SurveillanceScanner(SurveillanceStore store, SurveillanceSettings settings)
    {
        _store = store;
        _settings = settings;
        _scan = new SurveillanceScan(settings.Parameters);
        Idle();
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public static Props Props(SurveillanceStore store, SurveillanceSettings settings) =>
        Akka.Actor.Props.Create(() => new SurveillanceScanner(store, settings));

    protected override void PreStart() => Timers.StartPeriodicTimer("scan", Tick.Instance, _settings.ScanInterval);

    private void Idle()
    {
        Receive<Tick>(_ =>
        {
            ScanAsync().PipeTo(Self, failure: e => new ScanFailed(e));
            Become(Scanning);
        });
    }

    private void Scanning()
    {
        Receive<Tick>(_ => { });
        Receive<Scanned>(s =>
        {
            HiveCounters.Record("surveillance/scans");
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

    private async Task<Scanned> ScanAsync()
    {
        var input = await _store.InputAsync(_settings.RecentOrders, _settings.RecentFills);
        var found = _scan.Run(input).Where(a => !_stored.Contains(a.Id)).ToList();
        return new Scanned(found, await _store.AddAsync(found, DateTime.UtcNow));
    }

    private sealed record Tick
    {
        public static readonly Tick Instance = new();
    }

    private sealed record Scanned(IReadOnlyList<SurveillanceAlert> Found, IReadOnlyList<SurveillanceAlert> Stored);

    private sealed record ScanFailed(Exception Cause);
}
