using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.OrderFlow;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Venues;

namespace Hive.Core.Tests.OrderFlow;

/// <summary>
/// The cluster's order flow without the cluster: order groups (<see cref="OrderFlowState"/> plus the in-memory
/// <see cref="OrderDelivery"/> of each), one account (<see cref="AccountState"/>) and one instrument's venue
/// (<see cref="VenueSession"/>), wired by a router that does what the entities do. An order sends its outbox; the account
/// answers with <see cref="AccountAnswers.For"/> and forwards a hold it grants to the venue as the order's first route
/// (the venue answers the order); the venue answers the asking order and pushes the reports market data caused to the
/// others (as InstrumentEntity); confirmations (<see cref="FillBooked"/>, <see cref="ReleaseConfirmed"/>) change only the
/// order's delivery. The network is either reliable (no chaos) or loses, duplicates, reorders and delays messages, and
/// with <c>restarts</c> the venue (from a snapshot, maybe a stale one) and order groups (delivery forgotten, state
/// replayed from the journal) restart between deliveries; orders retry what they owe, as their timer would.
/// </summary>
internal sealed class FlowSimulation
{
    private static readonly DateTime Clock = FlowData.Now;
    private readonly Dictionary<ClientOrderId, OrderFlowState> _orders = new();
    private readonly Dictionary<ClientOrderId, OrderDelivery> _deliveries = new();
    private readonly Dictionary<ClientOrderId, List<IOrderEvent>> _orderJournals = new();
    private readonly List<IAccountEvent> _accountJournal = new();
    private readonly List<IHiveMessage> _late = new();
    private readonly Random? _chaos;
    private readonly Random? _restarts;
    private readonly FillModelSettings? _fillModel;
    private VenueSnapshot? _savedSnapshot;
    // Everything that can make another round of sends worth it: events stored, confirmations taken.
    private long _changes;

    public FlowSimulation(Instrument instrument, AccountType type, decimal cash, FillModelSettings? fillModel = null, Random? chaos = null,
        decimal leverage = 1m, Random? restarts = null)
    {
        Instrument = instrument;
        _fillModel = fillModel;
        Venue = new VenueSession(instrument, fillModel);
        _chaos = chaos;
        _restarts = restarts;
        Account = AccountState.Empty(FlowData.Account);
        Setup(new OpenAccount(FlowData.Account, type, leverage));
        Setup(new DepositFunds(FlowData.Account, "initial", instrument.QuoteCurrency, cash));
    }

    public Instrument Instrument { get; }
    public VenueSession Venue { get; private set; }
    public AccountState Account { get; private set; }
    /// <summary>The account's journal, from its opening and initial deposit on.</summary>
    public IReadOnlyList<IAccountEvent> AccountJournal => _accountJournal;
    /// <summary>Every message that reached an entity, in delivery order (market data fed to the venue is not counted).</summary>
    public List<IHiveMessage> DeliveredMessages { get; } = new();
    /// <summary>Replies an order could not apply (the actor logs them); a clean flow has none.</summary>
    public List<(IOrderFlowCommand Command, Rejection Rejection)> OrderRefusals { get; } = new();
    /// <summary>What the venue refused (told back to the sender by the instrument entity): repeated bars are refused as stale.</summary>
    public List<Rejection> VenueRefusals { get; } = new();
    /// <summary>The wall clock the venue checks bars against: a bar is fed once it has closed.</summary>
    public DateTime WallClock { get; private set; } = FlowData.Now;
    public int Delivered => DeliveredMessages.Count;
    public int Lost { get; private set; }
    public int Duplicated { get; private set; }
    public int Delayed { get; private set; }
    public int VenueRestarts { get; private set; }
    public int OrderRestarts { get; private set; }

    public IReadOnlyDictionary<ClientOrderId, OrderFlowState> Orders => _orders;

    public OrderFlowState Order(string id) => _orders[new ClientOrderId(id)];

    public OrderDelivery Delivery(string id) => DeliveryOf(new ClientOrderId(id));

    public OrderDelivery DeliveryOf(ClientOrderId id) => _deliveries.GetValueOrDefault(id) ?? OrderDelivery.None;

    public IReadOnlyList<IHiveMessage> Owed(ClientOrderId id) => _orders[id].Outbox(DeliveryOf(id));

    public IReadOnlyList<IOrderEvent> OrderJournal(ClientOrderId id) => _orderJournals[id];

    /// <summary>Every fill the orders stored, in order of the orders' ids.</summary>
    public IEnumerable<Execution> StoredFills => _orders.Values.OrderBy(o => o.ClientOrderId.Value, StringComparer.Ordinal).SelectMany(o => o.Fills);

    /// <summary>A client's command to the order's group (API or strategy), answered directly.</summary>
    public Decision<IOrderEvent> Send(IOrderFlowCommand command)
    {
        DeliveredMessages.Add(command);
        return ToOrder(command, out _);
    }

    /// <summary>Places an order; on a chaotic network the placer's retry may also turn up again later.</summary>
    public Decision<IOrderEvent> Place(OrderRequest request, decimal? reference = null)
    {
        var place = new PlaceOrder(request, reference) { Instrument = Instrument, ReserveFeeRate = FlowData.FeeRate };
        if (_chaos is not null && _chaos.Next(2) == 0) _late.Add(place);
        return Send(place);
    }

    public Decision<IOrderEvent> Cancel(string id) => Send(new RequestCancel(new ClientOrderId(id), "test"));

    /// <summary>A command to the account from outside the order flow (a deposit, another client's holds), answered directly.</summary>
    public Decision<IAccountEvent> AccountDecides(IAccountCommand command)
    {
        var decision = Account.Decide(command, Clock);
        foreach (var e in decision.Events) Account = Account.Apply(e);
        _accountJournal.AddRange(decision.Events);
        return decision;
    }

    /// <summary>A market-data bar reaches the venue once it has closed (a replayer's repeat is refused as stale).</summary>
    public void PushBar(Bar bar)
    {
        if (bar.CloseTime > WallClock) WallClock = bar.CloseTime;
        foreach (var reply in ToVenue(new ApplyBar(bar))) Network(reply);
        if (_chaos is not null && _chaos.Next(3) == 0) ToVenue(new ApplyBar(bar));
    }

    /// <summary>Saves the venue's snapshot, as the instrument entity does now and then; a later restart may start from it.</summary>
    public VenueSnapshot SaveVenueSnapshot() => _savedSnapshot = Venue.Snapshot();

    /// <summary>
    /// The instrument entity restarts: a new venue takes the last bar back from the snapshot (the last one saved, or one taken
    /// now) and asks the working orders it names to route again; whatever it offered and no order stored is forgotten.
    /// </summary>
    public void RestartVenue(VenueSnapshot? from = null)
    {
        var snapshot = from ?? _savedSnapshot ?? Venue.Snapshot();
        Venue = new VenueSession(Instrument, _fillModel);
        Venue.Restore(snapshot);
        VenueRestarts++;
        foreach (var order in snapshot.Working) Network(new RouteAgain(order));
    }

    /// <summary>An order's group restarts: its state is replayed from its journal and it forgets what its counterparts confirmed.</summary>
    public void RestartOrder(ClientOrderId id)
    {
        _orders[id] = _orderJournals[id].Aggregate(OrderFlowState.Empty(id), (s, e) => s.Apply(e));
        _deliveries[id] = OrderDelivery.None;
        OrderRestarts++;
    }

    /// <summary>Delivers what the orders owe and every answer until nothing changes any more.</summary>
    public void Settle()
    {
        if (_chaos is not null) ChaoticRounds(_chaos.Next(1, 6));
        for (var round = 0; ; round++)
        {
            if (round > 1000) throw new InvalidOperationException("the flow does not settle");
            var before = _changes;
            var inFlight = new Queue<IHiveMessage>(AllOwed());
            while (inFlight.TryDequeue(out var message))
                foreach (var reply in Deliver(message)) inFlight.Enqueue(reply);
            if (_changes == before) return;
        }
    }

    /// <summary>Delivers only the owed messages <paramref name="which"/> selects, and loses their answers: a race frozen in place.</summary>
    public void DeliverOwedOnly(Func<IHiveMessage, bool> which)
    {
        foreach (var message in AllOwed().Where(which).ToList()) Deliver(message);
    }

    /// <summary>Delivers one message now, its answers over the network.</summary>
    public void DeliverNow(IHiveMessage message) => Deliver(message).ToList().ForEach(Network);

    /// <summary>Delivers every late copy still around, then settles: stale repeats must change nothing.</summary>
    public void FlushLate()
    {
        var late = _late.ToList();
        _late.Clear();
        foreach (var message in late) DeliverNow(message);
        Settle();
    }

    private List<IHiveMessage> AllOwed() => _orders.Values.SelectMany(o => o.Outbox(DeliveryOf(o.ClientOrderId))).ToList();

    /// <summary>Rounds of retries over a network that drops, duplicates, reorders and delays; late copies stay
    /// around and turn up in later rounds, even after later bars.</summary>
    private void ChaoticRounds(int rounds)
    {
        var rng = _chaos!;
        var inFlight = new List<IHiveMessage>();
        for (var r = 0; r < rounds; r++)
        {
            inFlight.AddRange(AllOwed());
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
                MaybeRestart();
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

    /// <summary>Now and then the venue saves a snapshot, restarts (from the last one saved, so maybe a stale one) or an order restarts.</summary>
    private void MaybeRestart()
    {
        if (_restarts is not { } rng) return;
        var roll = rng.Next(100);
        if (roll < 6) SaveVenueSnapshot();
        else if (roll < 10) RestartVenue(rng.Next(2) == 0 ? _savedSnapshot : Venue.Snapshot());
        else if (roll < 15 && _orders.Count > 0) RestartOrder(_orders.Keys.ElementAt(rng.Next(_orders.Count)));
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
        DeliveredMessages.Add(message);
        return message switch
        {
            IAccountCommand c => ToAccount(c),
            IVenueCommand c => ToVenue(c),
            IOrderFlowCommand c => ToOrderQuietly(c),
            FillBooked b => Confirmed(b.OrderId, d => d.Booked(b)),
            ReleaseConfirmed r => Confirmed(r.OrderId, d => d.ReleaseConfirmed()),
            // The venue lost its book: the order routes with its progress now rather than at its next poll.
            RouteAgain r => _orders.ContainsKey(r.OrderId) ? Owed(r.OrderId) : [],
            _ => throw new InvalidOperationException($"no receiver for {message.GetType().Name}"),
        };
    }

    private IReadOnlyList<IHiveMessage> Confirmed(ClientOrderId id, Func<OrderDelivery, OrderDelivery> confirm)
    {
        if (!_orders.ContainsKey(id)) return [];
        var before = DeliveryOf(id);
        var after = confirm(before);
        if (after != before)
        {
            _deliveries[id] = after;
            _changes++;
        }
        return [];
    }

    private IReadOnlyList<IHiveMessage> ToOrderQuietly(IOrderFlowCommand command)
    {
        var decision = ToOrder(command, out var known);
        if (known && decision.Rejection is { } refused) OrderRefusals.Add((command, refused));
        return [];
    }

    /// <summary>As OrderGroupEntity: reports already taken are dropped before deciding (a batch beyond the next report waits for the
    /// poll that fetches it in order) and the reports a batch brought are taken after.</summary>
    private Decision<IOrderEvent> ToOrder(IOrderFlowCommand received, out bool known)
    {
        known = _orders.TryGetValue(received.OrderId, out var state);
        state ??= OrderFlowState.Empty(received.OrderId);
        var delivery = DeliveryOf(received.OrderId);
        var command = received is VenueReports v ? delivery.Unseen(v) ?? v with { Reports = [] } : received;
        var decision = state.Decide(command, Clock);
        if (decision.IsRejected) return decision;
        if (command is VenueReports taken && taken.Reports.Count > 0)
        {
            var took = delivery.Took(taken);
            if (took != delivery) _changes++;
            _deliveries[received.OrderId] = took;
        }
        if (decision.Events.Count == 0) return decision;
        foreach (var e in decision.Events) state = state.Apply(e);
        _orders[received.OrderId] = state;
        if (!_orderJournals.TryGetValue(received.OrderId, out var journal)) _orderJournals[received.OrderId] = journal = new List<IOrderEvent>();
        journal.AddRange(decision.Events);
        _changes += decision.Events.Count;
        return decision;
    }

    /// <summary>As AccountEntity: the flow's commands get the flow's answers; a granted hold goes on to the venue.</summary>
    private IReadOnlyList<IHiveMessage> ToAccount(IAccountCommand command)
    {
        var decision = Account.Decide(command, Clock);
        foreach (var e in decision.Events) Account = Account.Apply(e);
        _accountJournal.AddRange(decision.Events);
        _changes += decision.Events.Count;
        return AccountAnswers.For(command, decision.Rejection, Account)
               ?? throw new InvalidOperationException($"the flow does not send {command.GetType().Name}");
    }

    /// <summary>As InstrumentEntity: the venue answers the asking order and pushes other orders' reports; refusals go back to the sender.</summary>
    private IReadOnlyList<IHiveMessage> ToVenue(IVenueCommand command)
    {
        var step = Venue.Handle(command, WallClock);
        if (step.Rejection is { } refused)
        {
            VenueRefusals.Add(refused);
            return [];
        }
        var answers = new List<IHiveMessage>(step.Pushed);
        if (step.Answer is { } answer) answers.Add(answer);
        return answers;
    }

    private void Setup(IAccountCommand command)
    {
        if (AccountDecides(command).Rejection is { } refused) throw new InvalidOperationException(refused.ToString());
    }
}
