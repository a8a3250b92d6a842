using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Domain;
using Hive.Core.Orders;
using Hive.Core.Risk;
using Hive.Core.Venues;

namespace Hive.Core.OrderFlow;

/// <summary>
/// One instrument's simulated venue as the instrument entity runs it: a <see cref="PaperVenue"/> plus each order's
/// numbered reports, so the order's group can fetch what it missed. Nothing here is journaled. A fill becomes real when
/// its order group stores it; until then it is the venue's offer, and a venue that restarts forgets offers nobody
/// stored and takes its working orders back from the order groups (<see cref="RouteOrder.Progress"/>), numbering
/// their trade ids on from the fills they hold, so no trade id is ever used for two different fills that both became
/// real. State stays bounded: working orders, plus the reports of the last <see cref="FinishedKept"/> finished orders
/// (for an order that polls once more after its last report was lost).
/// </summary>
public sealed class VenueSession
{
    public const int FinishedKept = 10_000;
    private readonly PaperVenue _venue;
    private readonly Dictionary<ClientOrderId, OrderLog> _logs = new();
    private readonly Queue<ClientOrderId> _finished = new();
    private Bar? _lastBar;
    private CircuitBreaker _breaker;

    public VenueSession(Instrument instrument, FillModelSettings? settings = null)
    {
        Instrument = instrument;
        _venue = new PaperVenue(instrument.Id.Venue, settings);
        _venue.AddInstrument(instrument);
        _breaker = CircuitBreaker.For(CircuitBreakerRule.For(instrument.AssetClass));
    }

    /// <summary>The instrument's circuit breaker, fed with every bar's open and close on market-data time.</summary>
    public CircuitBreaker Breaker => _breaker;

    public Instrument Instrument { get; }

    public Bar? LastBar => _lastBar;

    public DateTime? LastBarTime => _lastBar?.OpenTime;

    public decimal? LastPrice => _venue.LastPrice(Instrument.Id);

    public int WorkingOrders => _venue.WorkingCount;

    public long InputsHandled { get; private set; }

    /// <summary>Market-data time: the close of the last bar.</summary>
    public DateTime Clock => _lastBar?.CloseTime ?? DateTime.UnixEpoch;

    public VenueStatus Status => (_breaker.IsHalted(Clock)
        ? new VenueStatus(Instrument.Id, LastBarTime, LastPrice, WorkingOrders, InputsHandled, _breaker.HaltedUntil, _breaker.Reason)
        : new VenueStatus(Instrument.Id, LastBarTime, LastPrice, WorkingOrders, InputsHandled)) with { LastVolume = _lastBar?.Volume };

    public VenueSnapshot Snapshot() =>
        new(_lastBar, _logs.Where(kv => _venue.IsWorking(kv.Key)).Select(kv => kv.Key).ToList());

    /// <summary>Takes the market state of a snapshot back (the last bar); its working orders are asked to route again by the host.</summary>
    public void Restore(VenueSnapshot snapshot)
    {
        if (snapshot.LastBar is not { } bar || bar.Instrument != Instrument.Id) return;
        _lastBar = bar;
        _venue.OnBar(bar);
    }

    public VenueStep Handle(IVenueCommand command, DateTime utcNow)
    {
        InputsHandled++;
        return command switch
        {
            ApplyBar b => Bar(b.Bar, utcNow),
            RouteOrder r => Route(r),
            RouteCancel c => Cancel(c),
            RouteReplace c => Replace(c),
            _ => VenueStep.Refused("unknown-message", $"venue {Instrument.Id} cannot handle {command.GetType().Name}"),
        };
    }

    public IReadOnlyList<VenueReport> ReportsFor(ClientOrderId order, int fromIndex) =>
        _logs.TryGetValue(order, out var log) ? log.From(fromIndex) : [];

    private VenueStep Bar(Bar bar, DateTime utcNow)
    {
        if (bar.Instrument != Instrument.Id)
            return VenueStep.Refused(TradingRejections.UnknownInstrument, $"a bar of {bar.Instrument} reached venue {Instrument.Id}");
        // A bar may open at most one interval ahead of the wall clock (a live bar being built); anything later would stop
        // the venue from taking every real bar after it.
        var latest = utcNow + bar.Interval.ApproximateDuration;
        if (bar.OpenTime > latest)
            return VenueStep.Refused(BarRules.BarInFuture,
                $"bar of {bar.Instrument} opens at {bar.OpenTime:O}, after now + one {bar.Interval} interval ({latest:O})");
        if (LastBarTime is { } last && bar.OpenTime <= last)
            return VenueStep.Refused(BarRules.StaleBar, $"bar of {bar.Instrument} at {bar.OpenTime:O} is not newer than the venue's last bar at {last:O}");
        _lastBar = bar;
        _breaker = _breaker.Observe(bar.OpenTime, bar.Open).Observe(bar.CloseTime, bar.Close);
        var output = _venue.OnBar(bar);
        var traded = output.Executions.Select(e => e.ClientOrderId).Distinct().ToList();
        return new VenueStep(null, Record(output, null, null), new BarPublished(bar, traded), null);
    }

    private VenueStep Route(RouteOrder r)
    {
        var id = r.Request.ClientOrderId;
        if (r.Request.InstrumentId != Instrument.Id)
            return VenueStep.Refused(TradingRejections.UnknownInstrument, $"order {id} for {r.Request.InstrumentId} reached venue {Instrument.Id}");
        // Taken back when unknown (this venue restarted), and also when the order has taken every report this venue made
        // for it yet stands elsewhere: this venue took it back from an older poll of the order (one that waited in its
        // mailbox across the restart), whose progress lacks what the order stored since, numbered as this venue's reports.
        if (!_logs.TryGetValue(id, out var known)
            || (r.Progress is { } latest && r.FromIndex >= known.Next && !_venue.IsWorkingAt(id, latest)))
        {
            var log = _logs[id] = new OrderLog(r.Progress is null ? 0 : r.FromIndex);
            // A new order meets the circuit breaker (denied, not rejected: the refusal is Hive's own risk); one taken back works on.
            var output = r.Progress is { } progress ? _venue.Resume(r.Request, progress, Clock)
                : _breaker.Check(Instrument.Id, Clock) is { } halted ? new VenueOutput([new RejectOrder(id, halted.Code, halted.Message)], [])
                : _venue.Submit(r.Request, Clock);
            Finish(id, log);
            return Answered(id, r.FromIndex, Record(output, id, null));
        }
        return Answered(id, r.FromIndex, []);
    }

    private VenueStep Cancel(RouteCancel c)
    {
        // Unknown: the venue lost its book and the order's route (sent before this cancel) did not arrive; the order retries both.
        if (!_logs.TryGetValue(c.OrderId, out var log) || c.Attempt <= log.CancelsHandled) return Answered(c.OrderId, c.FromIndex, []);
        log.CancelsHandled = c.Attempt;
        return Answered(c.OrderId, c.FromIndex, Record(_venue.Cancel(c.OrderId, Clock), c.OrderId, c.Attempt));
    }

    private VenueStep Replace(RouteReplace c)
    {
        if (!_logs.TryGetValue(c.OrderId, out var log) || c.Attempt <= log.ReplacesHandled) return Answered(c.OrderId, c.FromIndex, []);
        log.ReplacesHandled = c.Attempt;
        return Answered(c.OrderId, c.FromIndex, Record(_venue.Replace(c.OrderId, c.Quantity, c.LimitPrice, c.StopPrice, Clock), c.OrderId, c.Attempt));
    }

    private VenueStep Answered(ClientOrderId asking, int fromIndex, IReadOnlyList<VenueReports> pushed)
    {
        if (!_logs.TryGetValue(asking, out var log)) return new VenueStep(null, pushed, null, null);
        IReadOnlyList<VenueReport> reports = log.From(fromIndex);
        // A resumed order's reports are numbered on from where it had got to: the ones before were taken (and their effects
        // stored) by the order before this venue restarted. An order that asks from earlier has restarted too; it gets
        // placeholders for those, so that its numbering and the venue's agree again (answered from the log's first report,
        // it would wait for the missing ones for ever).
        var from = Math.Max(0, fromIndex);
        if (from < log.Offset) reports = [.. Enumerable.Repeat(VenueReport.Unavailable, log.Offset - from), .. reports];
        var answer = reports.Count > 0 ? new VenueReports(asking, from, reports) : null;
        return new VenueStep(answer, pushed, null, null);
    }

    /// <summary>Numbers the output's reports per order; returns the new reports of every order but the asking one (it gets
    /// all of its reports from where it asked in the answer).</summary>
    private List<VenueReports> Record(VenueOutput output, ClientOrderId? asking, int? attempt)
    {
        if (output.OrderUpdates.Count == 0) return [];
        var fresh = new Dictionary<ClientOrderId, (int From, List<VenueReport> Reports)>();
        // A bar fills every waiting order at once: look each fill's execution up by trade id, not by a scan per fill.
        var executions = new Dictionary<TradeId, Execution>();
        foreach (var e in output.Executions) executions[e.TradeId] = e;
        foreach (var update in output.OrderUpdates)
        {
            var id = update.ClientOrderId;
            if (!_logs.TryGetValue(id, out var log)) _logs[id] = log = new OrderLog(0);
            var report = VenueReport.From(update, executions);
            if (id == asking && report.Kind is VenueReportKind.Cancelled or VenueReportKind.CancelRejected or VenueReportKind.Replaced
                    or VenueReportKind.ReplaceRejected)
                report = report with { Attempt = attempt };
            if (!fresh.TryGetValue(id, out var batch)) fresh[id] = batch = (log.Next, new List<VenueReport>());
            log.Add(report);
            batch.Reports.Add(report);
        }
        var pushed = new List<VenueReports>();
        foreach (var (id, batch) in fresh)
        {
            Finish(id, _logs[id]);
            if (id != asking) pushed.Add(new VenueReports(id, batch.From, batch.Reports));
        }
        return pushed;
    }

    private void Finish(ClientOrderId id, OrderLog log)
    {
        if (log.Finished || _venue.IsWorking(id)) return;
        log.Finished = true;
        _finished.Enqueue(id);
        while (_finished.Count > FinishedKept)
        {
            // An order taken back after it finished here has a new log, which stays while it works.
            var forgotten = _finished.Dequeue();
            if (_logs.TryGetValue(forgotten, out var old) && old.Finished) _logs.Remove(forgotten);
        }
    }

    /// <summary>One order's reports at this venue, numbered from <see cref="Offset"/> (a resumed order goes on from the
    /// number it had reached), and the highest cancel and replace attempt handled (attempts count from 1).</summary>
    private sealed class OrderLog(int offset)
    {
        private readonly List<VenueReport> _reports = new();
        public int Offset { get; } = offset;
        public int Next => Offset + _reports.Count;
        public int CancelsHandled { get; set; }
        public int ReplacesHandled { get; set; }
        public bool Finished { get; set; }

        public void Add(VenueReport report) => _reports.Add(report);

        public IReadOnlyList<VenueReport> From(int index)
        {
            var start = Math.Max(0, index - Offset);
            return start < _reports.Count ? _reports.GetRange(start, _reports.Count - start) : [];
        }
    }
}
