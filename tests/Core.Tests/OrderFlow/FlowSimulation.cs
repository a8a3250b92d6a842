using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.OrderFlow;
using Hive.Core.Trading;

namespace Hive.Core.Tests.OrderFlow;

/// <summary>
/// The cluster's order flow without the cluster: order entities (<see cref="OrderFlowState"/>), one account
/// (<see cref="AccountState"/>) and one instrument's venue (<see cref="VenueSession"/>), wired by a router that does
/// what the entities do — an order sends its outbox, the account answers with the flow's replies (as AccountEntity),
/// the venue journals, applies, pushes reports caused by bars and answers an order with its reports (as
/// InstrumentEntity). The network between them is either reliable (<see cref="Settle"/> without chaos) or loses,
/// duplicates, reorders and delays messages; orders retry what they owe, as their timer would.
/// </summary>
internal sealed class FlowSimulation
{
    private static readonly DateTime Clock = FlowData.Now;
    private readonly Dictionary<ClientOrderId, OrderFlowState> _orders = new();
    private readonly Dictionary<ClientOrderId, List<IOrderEvent>> _orderJournals = new();
    private readonly List<IHiveMessage> _late = new();
    private readonly Random? _chaos;
    private long _eventsPersisted;

    public FlowSimulation(Instrument instrument, AccountType type, decimal cash, FillModelSettings? fillModel = null, Random? chaos = null,
        decimal leverage = 1m)
    {
        Instrument = instrument;
        Venue = new VenueSession(instrument, fillModel);
        _chaos = chaos;
        Account = Fold(AccountState.Empty(FlowData.Account), new OpenAccount(FlowData.Account, type, leverage));
        Account = Fold(Account, new DepositFunds(FlowData.Account, "initial", instrument.QuoteCurrency, cash));
    }

    public Instrument Instrument { get; }
    public VenueSession Venue { get; }
    public AccountState Account { get; private set; }
    public List<IVenueEvent> VenueJournal { get; } = new();
    public List<Execution> VenueExecutions { get; } = new();
    /// <summary>Replies an order could not apply (the actor logs them); a clean flow has none.</summary>
    public List<(IOrderFlowCommand Command, Rejection Rejection)> OrderRefusals { get; } = new();
    public int Delivered { get; private set; }
    public int Lost { get; private set; }
    public int Duplicated { get; private set; }
    public int Delayed { get; private set; }

    public IReadOnlyDictionary<ClientOrderId, OrderFlowState> Orders => _orders;

    public OrderFlowState Order(string id) => _orders[new ClientOrderId(id)];

    public IReadOnlyList<IOrderEvent> OrderJournal(ClientOrderId id) => _orderJournals[id];

    /// <summary>A client's command to an order entity (API or strategy), answered directly.</summary>
    public Decision<IOrderEvent> Send(IOrderFlowCommand command) => ToOrder(command, out _);

    /// <summary>Places an order; on a chaotic network the placer's retry may also turn up again later.</summary>
    public Decision<IOrderEvent> Place(OrderRequest request, decimal? reference = null)
    {
        var place = new PlaceOrder(request, reference) { Instrument = Instrument, ReserveFeeRate = FlowData.FeeRate };
        if (_chaos is not null && _chaos.Next(2) == 0) _late.Add(place);
        return Send(place);
    }

    public Decision<IOrderEvent> Cancel(string id) => Send(new RequestCancel(new ClientOrderId(id), "test"));

    /// <summary>A market-data bar reaches the venue once (a replayer's repeats are stale and ignored).</summary>
    public void PushBar(Bar bar)
    {
        foreach (var reply in ToVenue(new ApplyBar(bar))) Network(reply);
        if (_chaos is not null && _chaos.Next(3) == 0) ToVenue(new ApplyBar(bar));
    }

    /// <summary>Delivers what the orders owe and every answer until nothing changes any more.</summary>
    public void Settle()
    {
        if (_chaos is not null) ChaoticRounds(_chaos.Next(1, 6));
        for (var round = 0; ; round++)
        {
            if (round > 1000) throw new InvalidOperationException("the flow does not settle");
            var before = _eventsPersisted;
            var inFlight = new Queue<IHiveMessage>(_orders.Values.SelectMany(o => o.Outbox()));
            while (inFlight.TryDequeue(out var message))
                foreach (var reply in Deliver(message)) inFlight.Enqueue(reply);
            if (_eventsPersisted == before) return;
        }
    }

    /// <summary>Delivers only the owed messages <paramref name="which"/> selects, and loses their answers: a race frozen in place.</summary>
    public void DeliverOwedOnly(Func<IHiveMessage, bool> which)
    {
        foreach (var message in _orders.Values.SelectMany(o => o.Outbox()).Where(which).ToList()) Deliver(message);
    }

    /// <summary>Delivers every late copy still around, then settles: stale repeats must change nothing.</summary>
    public void FlushLate()
    {
        var late = _late.ToList();
        _late.Clear();
        foreach (var message in late) Deliver(message).ToList().ForEach(Network);
        Settle();
    }

    /// <summary>Rounds of retries over a network that drops, duplicates, reorders and delays; late copies stay
    /// around and turn up in later rounds, even after later bars.</summary>
    private void ChaoticRounds(int rounds)
    {
        var rng = _chaos!;
        var inFlight = new List<IHiveMessage>();
        for (var r = 0; r < rounds; r++)
        {
            inFlight.AddRange(_orders.Values.SelectMany(o => o.Outbox()));
            var lateCount = Math.Min(_late.Count, rng.Next(4));
            for (var i = 0; i < lateCount; i++)
            {
                var k = rng.Next(_late.Count);
                inFlight.Add(_late[k]);
                _late.RemoveAt(k);
            }
            var batch = inFlight.OrderBy(_ => rng.Next()).ToList();
            inFlight.Clear();
            foreach (var message in batch)
            {
                var fate = rng.Next(10);
                if (fate < 3)
                {
                    Lost++;
                    continue;
                }
                if (fate == 3)
                {
                    Delayed++;
                    _late.Add(message);
                    continue;
                }
                var copies = fate == 4 ? 2 : 1;
                if (copies == 2) Duplicated++;
                for (var c = 0; c < copies; c++)
                    inFlight.AddRange(Deliver(message));
                if (fate == 5)
                {
                    Duplicated++;
                    _late.Add(message);
                }
            }
        }
        // What is still in flight is lost or late.
        foreach (var message in inFlight)
            if (rng.Next(2) == 0) _late.Add(message);
    }

    private void Network(IHiveMessage message)
    {
        if (_chaos is null || _chaos.Next(4) != 0) Deliver(message).ToList().ForEach(Network);
        else if (_chaos.Next(2) == 0)
        {
            Delayed++;
            _late.Add(message);
        }
        else Lost++;
    }

    /// <summary>One message reaches its receiver; returns the receiver's answers.</summary>
    private IReadOnlyList<IHiveMessage> Deliver(IHiveMessage message)
    {
        Delivered++;
        return message switch
        {
            IAccountCommand c => [ToAccount(c)],
            IVenueCommand c => ToVenue(c),
            IOrderFlowCommand c => ToOrderQuietly(c),
            _ => throw new InvalidOperationException($"no receiver for {message.GetType().Name}"),
        };
    }

    private IReadOnlyList<IHiveMessage> ToOrderQuietly(IOrderFlowCommand command)
    {
        var decision = ToOrder(command, out var known);
        if (known && decision.Rejection is { } refused) OrderRefusals.Add((command, refused));
        return [];
    }

    private Decision<IOrderEvent> ToOrder(IOrderFlowCommand command, out bool known)
    {
        known = _orders.TryGetValue(command.OrderId, out var state);
        state ??= OrderFlowState.Empty(command.OrderId);
        var decision = state.Decide(command, Clock);
        if (decision.Events.Count == 0) return decision;
        foreach (var e in decision.Events) state = state.Apply(e);
        _orders[command.OrderId] = state;
        if (!_orderJournals.TryGetValue(command.OrderId, out var journal)) _orderJournals[command.OrderId] = journal = new List<IOrderEvent>();
        journal.AddRange(decision.Events);
        _eventsPersisted += decision.Events.Count;
        return decision;
    }

    /// <summary>As AccountEntity: the flow's commands get the flow's answers.</summary>
    private IHiveMessage ToAccount(IAccountCommand command)
    {
        var decision = Account.Decide(command, Clock);
        foreach (var e in decision.Events) Account = Account.Apply(e);
        _eventsPersisted += decision.Events.Count;
        var rejection = decision.Rejection;
        return command switch
        {
            ReserveBuyingPower r => rejection is null
                ? new ReservationConfirmed(r.Order.ClientOrderId)
                : new ReservationRefused(r.Order.ClientOrderId, rejection.Code, rejection.Message),
            BookExecution b => new FillBooked(b.Execution.ClientOrderId, b.Execution.TradeId, rejection?.Code),
            ReleaseReservation r => new ReleaseConfirmed(r.ClientOrderId),
            _ => throw new InvalidOperationException($"the flow does not send {command.GetType().Name}"),
        };
    }

    /// <summary>As InstrumentEntity: plan, journal and apply; push other orders' reports; answer the asking order.</summary>
    private IReadOnlyList<IHiveMessage> ToVenue(IVenueCommand command)
    {
        var answers = new List<IHiveMessage>();
        var step = Venue.Plan(command, Clock);
        if (step.UnjournaledBar is { } bar) Venue.ApplyUnjournaled(bar);
        var asking = command switch
        {
            RouteOrder r => r.Request.ClientOrderId,
            RouteCancel c => c.OrderId,
            RouteReplace c => c.OrderId,
            _ => (ClientOrderId?)null,
        };
        foreach (var input in step.ToJournal)
        {
            VenueJournal.Add(input);
            _eventsPersisted++;
            foreach (var reports in Venue.Apply(input))
            {
                VenueExecutions.AddRange(reports.Reports.Where(r => r.Fill is not null).Select(r => r.Fill!));
                if (reports.OrderId != asking) answers.Add(reports);
            }
        }
        if (asking is { } order)
        {
            var from = command switch
            {
                RouteOrder r => r.FromIndex,
                RouteCancel c => c.FromIndex,
                RouteReplace c => c.FromIndex,
                _ => 0,
            };
            var reports = Venue.ReportsFor(order, from);
            if (reports.Count > 0) answers.Add(new VenueReports(order, from, reports));
        }
        return answers;
    }

    private static AccountState Fold(AccountState account, IAccountCommand command)
    {
        var decision = account.Decide(command, Clock);
        if (decision.Rejection is { } refused) throw new InvalidOperationException(refused.ToString());
        return decision.Events.Aggregate(account, (a, e) => a.Apply(e));
    }
}
