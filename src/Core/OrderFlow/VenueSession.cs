using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Trading;

namespace Hive.Core.OrderFlow;

/// <summary>
/// One instrument's simulated venue as the instrument entity runs it: a <see cref="PaperVenue"/> driven by
/// journaled inputs (orders, cancel and replace attempts, the bars that meet working orders), plus each
/// order's numbered reports so an order entity can fetch what it missed. Deterministic and clocked by market
/// data (the close of the last bar), so replaying the journal rebuilds the book, the trade ids and the reports
/// exactly. Bars that meet no working order only move the last price and are not journaled, except the one
/// an order arrives after (it is journaled just before the order, so a replayed order sees the same price).
/// </summary>
public sealed class VenueSession
{
    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly PaperVenue _venue;
    private readonly Dictionary<ClientOrderId, List<VenueReport>> _reports = new();
    private readonly HashSet<ClientOrderId> _routed = new();
    private readonly HashSet<(ClientOrderId, int)> _cancels = new();
    private readonly HashSet<(ClientOrderId, int)> _replaces = new();
    private Bar? _lastBar;
    private bool _lastBarJournaled = true;

    public VenueSession(Instrument instrument, FillModelSettings? settings = null)
    {
        Instrument = instrument;
        _venue = new PaperVenue(instrument.Id.Venue, settings);
        _venue.AddInstrument(instrument);
    }

    public Instrument Instrument { get; }

    public DateTime? LastBarTime => _lastBar?.OpenTime;

    public decimal? LastPrice => _venue.LastPrice(Instrument.Id);

    public int WorkingOrders => _venue.WorkingCount;

    public long EventsApplied { get; private set; }

    /// <summary>Market-data time: the close of the last bar.</summary>
    public DateTime Clock => _lastBar?.CloseTime ?? Epoch;

    public VenueStatus Status => new(Instrument.Id, LastBarTime, LastPrice, WorkingOrders, EventsApplied);

    public VenueStep Plan(IVenueCommand command, DateTime utcNow)
    {
        if (command is ApplyBar bar)
        {
            if (bar.Bar.Instrument != Instrument.Id || (LastBarTime is { } last && bar.Bar.OpenTime <= last)) return VenueStep.Nothing;
            return WorkingOrders > 0
                ? new VenueStep([new VenueBarApplied(NextId(1), Instrument.Id, bar.Bar.OpenTime, utcNow, bar.Bar)], null)
                : new VenueStep([], bar.Bar);
        }
        var precedingBar = _lastBarJournaled ? null : _lastBar;
        var id = NextId(precedingBar is null ? 1 : 2);
        IVenueEvent? input = command switch
        {
            RouteOrder r when !_routed.Contains(r.Request.ClientOrderId) => new VenueOrderRouted(id, Instrument.Id, Clock, utcNow, r.Request),
            RouteCancel c when !_cancels.Contains((c.OrderId, c.Attempt)) => new VenueCancelRouted(id, Instrument.Id, Clock, utcNow, c.OrderId, c.Attempt),
            RouteReplace c when !_replaces.Contains((c.OrderId, c.Attempt)) =>
                new VenueReplaceRouted(id, Instrument.Id, Clock, utcNow, c.OrderId, c.Attempt, c.Quantity, c.LimitPrice, c.StopPrice),
            _ => null,
        };
        if (input is null) return VenueStep.Nothing;
        return precedingBar is null
            ? new VenueStep([input], null)
            : new VenueStep([new VenueBarApplied(NextId(1), Instrument.Id, precedingBar.OpenTime, utcNow, precedingBar), input], null);
    }

    private string NextId(int offset) => $"{Instrument.Id}#{EventsApplied + offset}";

    /// <summary>Applies a journaled input; returns the reports it produced, per order, with the number of each order's first new report.</summary>
    public IReadOnlyList<VenueReports> Apply(IVenueEvent input)
    {
        EventsApplied++;
        var output = input switch
        {
            VenueBarApplied b => ApplyBar(b.Bar, journaled: true),
            VenueOrderRouted r => Route(r.Request),
            VenueCancelRouted c => Cancel(c),
            VenueReplaceRouted c => Replace(c),
            _ => VenueOutput.Empty,
        };
        return Record(output);
    }

    /// <summary>A bar that meets no working order: only the last price moves.</summary>
    public void ApplyUnjournaled(Bar bar) => ApplyBar(bar, journaled: false);

    public IReadOnlyList<VenueReport> ReportsFor(ClientOrderId order, int fromIndex) =>
        _reports.TryGetValue(order, out var reports) && fromIndex < reports.Count ? reports.GetRange(fromIndex, reports.Count - fromIndex) : [];

    private VenueOutput ApplyBar(Bar bar, bool journaled)
    {
        _lastBar = bar;
        _lastBarJournaled = journaled;
        return _venue.OnBar(bar);
    }

    private VenueOutput Route(OrderRequest request)
    {
        _routed.Add(request.ClientOrderId);
        return _venue.Submit(request, Clock);
    }

    private VenueOutput Cancel(VenueCancelRouted c)
    {
        _cancels.Add((c.OrderId, c.Attempt));
        return _venue.Cancel(c.OrderId, Clock);
    }

    private VenueOutput Replace(VenueReplaceRouted c)
    {
        _replaces.Add((c.OrderId, c.Attempt));
        return _venue.Replace(c.OrderId, c.Quantity, c.LimitPrice, c.StopPrice, Clock);
    }

    private IReadOnlyList<VenueReports> Record(VenueOutput output)
    {
        if (output.OrderUpdates.Count == 0) return [];
        var fresh = new Dictionary<ClientOrderId, (int From, List<VenueReport> Reports)>();
        foreach (var update in output.OrderUpdates)
        {
            if (!_reports.TryGetValue(update.ClientOrderId, out var all)) _reports[update.ClientOrderId] = all = new List<VenueReport>();
            var report = VenueReport.From(update, output.Executions);
            if (!fresh.TryGetValue(update.ClientOrderId, out var batch)) fresh[update.ClientOrderId] = batch = (all.Count, new List<VenueReport>());
            all.Add(report);
            batch.Reports.Add(report);
        }
        return fresh.Select(kv => new VenueReports(kv.Key, kv.Value.From, kv.Value.Reports)).ToList();
    }
}
