using Akka.Actor;
using Akka.Event;
using Hive.Actors.Diagnostics;
using Hive.Actors.Protocol;
using Hive.Actors.ReadModel;
using Hive.Core.Algos.Instances;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.Core.Orders;
using Hive.Core.ReadModel;

namespace Hive.Actors.Entities;

/// <summary>
/// One order group (<see cref="OrderGroupState"/>): the entity of the order region, long-lived, holding the orders whose
/// client order ids hash to it and journaling their events under its own persistence id, so no entity starts or recovers
/// per order. Messages keep their order's address (<see cref="IWithOrderId"/>; the extractor routes them to the group).
/// For each order it sends what the order's state says is still owed (<see cref="OrderFlowState.Outbox"/>) given what its
/// counterparts confirmed (<see cref="OrderDelivery"/>, in memory) and, at a backing-off time per order that one sweep of
/// the group checks, sends it again until they confirm; a strategy-placed order tells its strategy about booked fills and its end. Receivers are
/// idempotent, so a repeat after a crash or a lost reply changes nothing.
/// <para>Finished orders that owe nothing stay in memory, the newest <see cref="EntitySettings.FinishedOrdersKept"/> of
/// them; older ones are forgotten once the read side holds them finished. A placement with an id the group does not hold,
/// once it has forgotten any, is looked up on the read side first: found, it is a repeat and answered as one.</para>
/// </summary>
public sealed class OrderGroupEntity : EntityActor<OrderGroupState, IOrderFlowCommand, IOrderEvent, GetOrder>, IWithTimers
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ForgetEvery = TimeSpan.FromSeconds(1);
    private const int LookupBatch = 500;
    private const string ForgetTimer = "forget";
    private const string RetryTimer = "retry";

    private readonly TradingSettings _trading;
    private readonly OrderLookup _readSide;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly Dictionary<ClientOrderId, Link> _links = new();
    // Orders that owe something, by when to send it again, swept by one periodic timer of the group's. (A scheduler timer per
    // order left each order's registrations alive in the scheduler's wheel for the retry interval, a second: long enough for
    // every young collection to find and promote them.) An entry whose order has since moved on is skipped.
    private readonly PriorityQueue<ClientOrderId, long> _retries = new();
    private readonly TimeSpan _retrySweep;
    // Finished orders that owe nothing, once each, in the order they settled: the oldest beyond the kept ones are forgotten.
    private readonly Queue<ClientOrderId> _settled = new();
    private readonly HashSet<ClientOrderId> _settledIds = new();
    // Asked about, but not yet on the read side (it lags): asked about first next time, at an interval that backs off
    // while the read side holds none of them, so a read side that lags or stops costs a query now and then, not a stream.
    private readonly List<ClientOrderId> _unconfirmed = new();
    private TimeSpan _forgetEvery = ForgetEvery;
    private bool _forgetting;
    // Placements of ids the group does not hold, waiting for the read side to say whether they are repeats.
    private readonly Dictionary<ClientOrderId, List<(PlaceOrder Command, IActorRef Sender)>> _unknown = new();
    private readonly HashSet<ClientOrderId> _lookingUp = new();
    private readonly HashSet<ClientOrderId> _checkedNew = new();

    public OrderGroupEntity(string entityId, EntitySettings settings, TradingSettings trading, OrderLookup readSide)
        : base(RegionNames.Order, entityId, OrderGroupState.Empty(entityId), settings)
    {
        _trading = trading;
        _readSide = readSide;
        _retrySweep = TimeSpan.FromTicks(Math.Max(trading.RetryInterval.Ticks / 4, TimeSpan.TicksPerMillisecond * 10));
    }

    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>A group is one of a fixed few and remembered by its shard: it never rests.</summary>
    protected override bool IdleTimerFromStart => false;

    protected override int SnapshotEvery => Settings.GroupSnapshotEvery;

    protected override object Answer(GetOrder query) => Persisted.OrderOf(query.OrderId);

    protected override void ConfigureCommands()
    {
        Command<RetryTick>(_ => RetryDue());
        Command<FillBooked>(b =>
        {
            if (b.RefusedCode is { } code && code != TradingRejections.FillOutOfOrder)
                _log.Warning("order {0}: the account refused fill {1} ({2}): {3}", b.OrderId, b.FillNumber, b.TradeId, code);
            Confirmed(b.OrderId, d => d.Booked(b));
        });
        Command<ReleaseConfirmed>(r => Confirmed(r.OrderId, d => d.ReleaseConfirmed()));
        Command<GetOrderOwed>(q => Sender.Tell(new OrderOwed(q.OrderId, State.OrderOf(q.OrderId).Outbox(DeliveryOf(q.OrderId)).Select(m => m.GetType().Name).ToList())));
        // The venue lost its book: route with the order's progress now rather than at the next poll.
        Command<RouteAgain>(r => SendOwed(r.OrderId));
        Command<ForgetTick>(_ => CheckForgettable());
        Command<Forgettable>(OnForgettable);
        Command<LookedUp>(OnLookedUp);
    }

    protected override IOrderFlowCommand Prepare(IOrderFlowCommand command) => command switch
    {
        PlaceOrder p => p with { Instrument = Listed(p.Request.InstrumentId), ReserveFeeRate = _trading.ReserveFeeRate },
        RequestReplace r when State.OrderOf(r.OrderId).Order.Request is { } request => r with { Instrument = Listed(request.InstrumentId) },
        // Reports already taken are dropped; a batch beyond the next report waits for the poll that fetches it in order.
        VenueReports v => DeliveryOf(v.OrderId).Unseen(v) ?? v with { Reports = [] },
        _ => command,
    };

    /// <summary>
    /// Answers from other entities are facts this group consumes, not requests: no reply. A strategy's placement is not
    /// acknowledged either: the order tells the strategy when something it needs happened (a booked fill, the end), and a
    /// strategy that places the order again is told where it stands. Replies name the order, not the group.
    /// </summary>
    protected override void Reply(IActorRef to, IOrderFlowCommand command, Rejection? rejection, bool duplicate)
    {
        var id = command.OrderId;
        if (command is PlaceOrder { Request.StrategyId: not null } && rejection is null)
        {
            if (duplicate && _links.TryGetValue(id, out var link)) link.Delivery = link.Delivery with { StrategyTold = 0 };
            return;
        }
        if (command is PlaceOrder or RequestCancel or RequestReplace)
            to.Tell(rejection is null
                ? new CommandAccepted(Region, id.Value, State.OrderOf(id).Version, duplicate)
                : new CommandRejected(Region, id.Value, rejection.Code, rejection.Message));
        else if (rejection is not null) _log.Warning("order {0}: could not apply {1}: {2}", id, command.GetType().Name, rejection);
    }

    protected override void AfterCommand(IOrderFlowCommand command, IReadOnlyList<IOrderEvent> persisted)
    {
        var id = command.OrderId;
        HiveCounters.OrderStored(persisted, Persisted.OrderOf(id).Order);
        if (command is VenueReports v && v.Reports.Count > 0 && _links.TryGetValue(id, out var link)) link.Delivery = link.Delivery.Took(v);
        if (persisted.Count > 0 || command is PlaceOrder) SendOwed(id);
        else TellStrategy(id);
    }

    protected override void OnReplaySuccess()
    {
        base.OnReplaySuccess();
        foreach (var id in State.Orders.Keys) SendOwed(id);
    }

    private OrderDelivery DeliveryOf(ClientOrderId id) => _links.TryGetValue(id, out var link) ? link.Delivery : OrderDelivery.None;

    private Link LinkOf(ClientOrderId id)
    {
        if (!_links.TryGetValue(id, out var link)) _links[id] = link = new Link();
        return link;
    }

    private void Confirmed(ClientOrderId id, Func<OrderDelivery, OrderDelivery> confirm)
    {
        // Every order the group works has a link from its first send; a confirmation without one is a late repeat for an
        // order the group has forgotten (or is forgetting), and changes nothing.
        if (!_links.TryGetValue(id, out var link)) return;
        var delivery = confirm(link.Delivery);
        if (delivery == link.Delivery) return;
        link.Delivery = delivery;
        TellStrategy(id);
        // Nothing more to send now; the order's timer stops once nothing is owed.
        if (State.OrderOf(id).Outbox(link.Delivery).Count == 0) Settle(id);
    }

    private void SendOwed(ClientOrderId id)
    {
        var order = State.OrderOf(id);
        if (!order.Exists) return;
        var link = LinkOf(id);
        var owed = order.Outbox(link.Delivery);
        foreach (var message in owed) Gateway.RegionFor(message).Tell(message, Self);
        TellStrategy(id);
        if (owed.Count == 0)
        {
            Settle(id);
            return;
        }
        // The timer runs only while something is owed. It backs off while nothing changes (a resting order only polls its
        // venue for reports it might have missed) and starts over from the retry interval after every change.
        link.RetryDelay = link.RetriedAtVersion == order.Version
            ? TimeSpan.FromTicks(Math.Min(link.RetryDelay.Ticks * 2, MaxRetryDelay.Ticks))
            : _trading.RetryInterval;
        link.RetriedAtVersion = order.Version;
        link.RetryAt = Environment.TickCount64 + (long)link.RetryDelay.TotalMilliseconds;
        _retries.Enqueue(id, link.RetryAt);
        if (!Timers.IsTimerActive(RetryTimer)) Timers.StartPeriodicTimer(RetryTimer, RetryTick.Instance, _retrySweep);
    }

    private void RetryDue()
    {
        var now = Environment.TickCount64;
        while (_retries.TryPeek(out var id, out var at) && at <= now)
        {
            _retries.Dequeue();
            if (!_links.TryGetValue(id, out var link) || link.RetryAt != at) continue;
            link.RetryAt = 0;
            SendOwed(id);
        }
        if (_retries.Count == 0) Timers.Cancel(RetryTimer);
    }

    /// <summary>Nothing is owed: stop retrying; a finished order joins the queue of those the group may forget.</summary>
    private void Settle(ClientOrderId id)
    {
        if (_links.TryGetValue(id, out var link)) link.RetryAt = 0;
        // An order settles again after every repeat it answers; it is queued once.
        if (!State.OrderOf(id).Order.IsTerminal || !_settledIds.Add(id)) return;
        _settled.Enqueue(id);
        if (!_forgetting) ForgetLater();
    }

    private void ForgetLater()
    {
        if ((_settled.Count > Settings.FinishedOrdersKept || _unconfirmed.Count > 0) && !Timers.IsTimerActive(ForgetTimer))
            Timers.StartSingleTimer(ForgetTimer, ForgetTick.Instance, _forgetEvery);
    }

    /// <summary>Asks the read side which of the oldest settled orders beyond the kept ones it holds finished.</summary>
    private void CheckForgettable()
    {
        if (_forgetting) return;
        var candidates = _unconfirmed.Where(State.Holds).ToHashSet();
        _unconfirmed.Clear();
        while (_settled.Count > Settings.FinishedOrdersKept && candidates.Count < LookupBatch)
        {
            var id = _settled.Dequeue();
            _settledIds.Remove(id);
            if (State.Holds(id)) candidates.Add(id);
        }
        if (candidates.Count == 0) return;
        _forgetting = true;
        _readSide.FinishedOfAsync(candidates.ToList()).PipeTo(Self,
            success: finished => new Forgettable(candidates, finished),
            failure: e => new Forgettable(candidates, new HashSet<ClientOrderId>(), e));
    }

    private void OnForgettable(Forgettable f)
    {
        _forgetting = false;
        if (f.Failure is not null) _log.Warning(f.Failure, "{0}: the read side did not answer which finished orders it holds; trying again", PersistenceId);
        var forget = new List<ClientOrderId>();
        var later = new List<ClientOrderId>();
        foreach (var id in f.Candidates)
        {
            // Forgotten only if it still owes nothing (a repeat may have made it tell its strategy again) and the read side has it.
            var settled = State.OrderOf(id).Outbox(DeliveryOf(id)).Count == 0 && !(_links.TryGetValue(id, out var link) && link.RetryAt != 0);
            (settled && f.OnReadSide.Contains(id) ? forget : later).Add(id);
        }
        if (forget.Count > 0)
        {
            foreach (var id in forget) _links.Remove(id);
            Amend(s => s.Forget(forget));
            _forgetEvery = ForgetEvery;
        }
        else _forgetEvery = TimeSpan.FromTicks(Math.Min(_forgetEvery.Ticks * 2, MaxRetryDelay.Ticks));
        // Not on the read side yet (the projection lags) or still owing: asked about first next time.
        _unconfirmed.AddRange(later);
        ForgetLater();
    }

    /// <summary>A placement of an id the group does not hold, once it has forgotten orders, waits for the read side.</summary>
    protected override bool Defers(IOrderFlowCommand command)
    {
        if (command is not PlaceOrder place || !State.Forgot || State.Holds(place.OrderId) || _checkedNew.Remove(place.OrderId)) return false;
        if (!_unknown.TryGetValue(place.OrderId, out var waiting)) _unknown[place.OrderId] = waiting = [];
        waiting.Add((place, Sender));
        LookUp();
        return true;
    }

    private void LookUp()
    {
        if (_lookingUp.Count > 0 || _unknown.Count == 0) return;
        foreach (var id in _unknown.Keys.Take(LookupBatch)) _lookingUp.Add(id);
        var ids = _lookingUp.ToList();
        LookUpAsync(ids).PipeTo(Self, success: found => found, failure: e => new LookedUp(ids, [], [], e));
    }

    private async Task<LookedUp> LookUpAsync(List<ClientOrderId> ids)
    {
        var rows = await _readSide.OrdersOfAsync(ids);
        var strategyOrders = rows.Where(r => r.StrategyId is not null).Select(r => r.ClientOrderId).ToList();
        var fills = await _readSide.FillsOfAsync(strategyOrders);
        return new LookedUp(ids, rows, fills.SelectMany(f => f).ToList());
    }

    private void OnLookedUp(LookedUp result)
    {
        var rows = result.Rows.ToDictionary(r => r.ClientOrderId);
        foreach (var id in result.Ids)
        {
            _lookingUp.Remove(id);
            if (!_unknown.Remove(id, out var waiting)) continue;
            foreach (var (place, sender) in waiting)
            {
                if (result.Failure is not null)
                {
                    HiveCounters.Rejected(Region, ReadSideUnavailable);
                    sender.Tell(new CommandRejected(Region, id.Value, ReadSideUnavailable,
                        $"cannot tell whether order {id} repeats one that finished long ago: the read side did not answer ({result.Failure.Message}); place it again"));
                }
                else if (rows.TryGetValue(id, out var row)) AnswerForgotten(place, sender, row, result.Fills);
                else
                {
                    _checkedNew.Add(id);
                    Self.Tell(place, sender);
                }
            }
        }
        LookUp();
    }

    /// <summary>A repeat of an order the group forgot: a client is told it is a duplicate; a strategy is told where the order
    /// ended, from the read side (every fill was booked long ago, so its account view already has them: booked at 0).</summary>
    private void AnswerForgotten(PlaceOrder place, IActorRef sender, OrderRow row, IReadOnlyList<FillRow> fills)
    {
        if (place.Request.StrategyId is not { } strategy)
        {
            sender.Tell(new CommandAccepted(Region, row.ClientOrderId.Value, row.Version, Duplicate: true));
            return;
        }
        var currency = Listed(row.InstrumentId)?.QuoteCurrency;
        var executions = fills.Where(f => f.ClientOrderId == row.ClientOrderId).OrderBy(f => f.SortKey)
            .Select(f => f.ToExecution(currency ?? f.FeeCurrency)).ToList();
        // The row's version is the group's sequence number of the order's last event: never below the order's own version.
        var order = row.ToState() with { Version = row.Version };
        Gateway.Region(OwnerRegion(strategy)).Tell(new OrderUpdate(strategy, order, executions, executions.Select(_ => 0L).ToList()), Self);
    }

    private void TellStrategy(ClientOrderId id)
    {
        if (!_links.TryGetValue(id, out var link)) return;
        var order = State.OrderOf(id);
        if (order.StrategyUpdate(link.Delivery) is not { } update) return;
        Gateway.Region(OwnerRegion(update.StrategyId)).Tell(update, Self);
        link.Delivery = order.ToldStrategy(link.Delivery);
    }

    /// <summary>Where an order's owner lives: a strategy, or a parent order whose child it is (<see cref="AlgoOwner"/>).</summary>
    private static string OwnerRegion(StrategyId owner) => AlgoOwner.AlgoOf(owner) is null ? RegionNames.Strategy : RegionNames.Algo;

    private Core.Instruments.Instrument? Listed(InstrumentId id) => _trading.Catalog.TryGet(id, out var instrument) ? instrument : null;

    private const string ReadSideUnavailable = "read-side-unavailable";

    /// <summary>What the group knows in memory about one order's counterparts, and its retries' back-off.</summary>
    private sealed class Link
    {
        public OrderDelivery Delivery = OrderDelivery.None;
        public long RetriedAtVersion = -1;
        public TimeSpan RetryDelay;
        /// <summary>When owed messages are sent again (<see cref="Environment.TickCount64"/>), 0 while nothing is owed.</summary>
        public long RetryAt;
    }

    private sealed record RetryTick
    {
        public static readonly RetryTick Instance = new();
    }

    private sealed record ForgetTick
    {
        public static readonly ForgetTick Instance = new();
    }

    private sealed record Forgettable(IReadOnlyCollection<ClientOrderId> Candidates, IReadOnlySet<ClientOrderId> OnReadSide, Exception? Failure = null);

    private sealed record LookedUp(IReadOnlyList<ClientOrderId> Ids, IReadOnlyList<OrderRow> Rows, IReadOnlyList<FillRow> Fills, Exception? Failure = null);
}
