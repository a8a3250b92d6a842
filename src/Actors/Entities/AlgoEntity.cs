using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Event;
using Hive.Actors.Diagnostics;
using Hive.Actors.Protocol;
using Hive.Core.Algos;
using Hive.Core.Algos.Routing;
using Hive.Core.Algos.Instances;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.Core.Orders;

namespace Hive.Actors.Entities;

/// <summary>
/// A parent order worked by an execution algorithm (<see cref="AlgoState"/> around the pure <see cref="ParentOrder"/>).
/// While it works, a timer ticks every <see cref="TradingSettings.AlgoTick"/> and the parent decides on the node's clock
/// (<see cref="AlgoClock"/>); a decided child is journaled (<see cref="ChildIssued"/>) and then placed as an ordinary order
/// <c>{algo id}-{n}</c> owned by <c>algo.{algo id}</c>, so the order tells this entity its booked fills and its end
/// (<see cref="OrderUpdate"/>, as it tells a strategy). An open child not heard from is placed again on a backing-off
/// timer (the order group answers a repeat with where the order stands); after a restart every open child is placed again
/// and every child being withdrawn is cancelled again. The last price comes from the instrument's bars; a parent that counts
/// them (POV, limit placement: <see cref="AlgoState.ObservesBars"/>) is told each one (<see cref="ObserveAlgoBar"/>).
/// A VWAP or implementation-shortfall submission, whoever sends it (the API, a strategy), first learns its schedule's basis
/// from the node's lake (<see cref="AlgoHistory"/>); the entity holds it, and any repeat meanwhile, until the lake answers.
/// A routed parent also follows the bars of its listings at its venues: each decision and each refusal carries their books
/// (last price, the venue's fees and its volume cap, <see cref="VenueBook.AtLastPrice"/>), and each child is placed on its
/// route's listing.
/// </summary>
public sealed class AlgoEntity : EntityActor<AlgoState, AlgoCommand, AlgoEvent, GetAlgo>, IWithTimers
{
    private static readonly TimeSpan MaxPollDelay = TimeSpan.FromSeconds(30);
    /// <summary>The counter of children placed again because nothing was heard of them.</summary>
    public const string ChildrenResent = "resent/algo-children";
    /// <summary>How long a submission waits for the lake before it is refused (a read of a few thousand bars takes milliseconds).</summary>
    private static readonly TimeSpan LearnTimeout = TimeSpan.FromSeconds(30);
    private readonly TradingSettings _trading;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    // Open children not heard from since they were placed: when to place each again, and its back-off.
    private readonly Dictionary<int, (DateTime Due, TimeSpan Delay)> _unheard = new();
    private readonly AlgoHistory _history;
    // Submissions waiting for what the first of them learns from the lake, with their senders.
    private readonly List<(SubmitAlgo Submit, IActorRef Sender)> _learning = new();
    private CancellationTokenSource? _learnDeadline;
    // A routed parent's venues: the last price and bar volume of its listing at each.
    private readonly Dictionary<string, (decimal Price, decimal Volume)> _markets = new();
    private decimal _lastPrice;
    private bool _running;

    public AlgoEntity(string entityId, EntitySettings settings, TradingSettings trading, AlgoHistory history)
        : base(RegionNames.Algo, entityId, AlgoState.Empty(new AlgoId(entityId)), settings)
    {
        _trading = trading;
        _history = history;
    }

    public ITimerScheduler Timers { get; set; } = null!;

    private AlgoId Id => State.AlgoId;

    protected override void ConfigureCommands()
    {
        Command<AlgoTick>(_ => Tick());
        Command<OrderUpdate>(OnChildUpdate);
        Command<CommandRejected>(r =>
        {
            // Only a placement is answered (cancels go without a sender): a child the order path refused outright.
            if (r.Region != RegionNames.Order || AlgoOwner.ChildNumber(Id, new ClientOrderId(r.EntityId)) is not (> 0 and var n)) return;
            _unheard.Remove(n);
            Self.Tell(new RecordChildRefusal(Id, n, $"{r.Code}: {r.Message}") { Books = Books() });
        });
        Command<BarPublished>(b =>
        {
            if (IsListing(b.Bar.Instrument)) _markets[b.Bar.Instrument.Venue] = (b.Bar.Close, b.Bar.Volume);
            if (b.Bar.Instrument != State.Spec?.InstrumentId) return;
            _lastPrice = b.Bar.Close;
            if (State.ObservesBars)
                Self.Tell(new ObserveAlgoBar(Id, AlgoClock.ObserveBar(State.Parent!.Parameters, DateTime.UtcNow, _trading.AlgoTick, _trading.AlgoEndGrace, b.Bar.Close, b.Bar.Volume))
                {
                    Books = Books(),
                });
        });
        Command<VenueStatus>(v =>
        {
            if (IsListing(v.InstrumentId) && v.LastPrice is { } price) _markets[v.InstrumentId.Venue] = (price, v.LastVolume ?? 0m);
            if (v.InstrumentId == State.Spec?.InstrumentId) _lastPrice = v.LastPrice ?? _lastPrice;
        });
        Command<HistoryLearned>(OnLearned);
        Command<SubscribeAck>(_ => { });
        Command<UnsubscribeAck>(_ => { });
    }

    /// <summary>A first submission whose algorithm learns from the history waits for the lake (<see cref="OnLearned"/>).</summary>
    protected override bool Defers(AlgoCommand command)
    {
        if (command is not SubmitAlgo { Basis: null } submit || State.Spec is not null || !AlgoHistory.Learns(submit.Spec)) return false;
        _learning.Add((submit, Sender));
        if (_learning.Count > 1) return true;
        _learnDeadline = new CancellationTokenSource(LearnTimeout);
        _history.LearnAsync(submit.Spec, DateTime.UtcNow, _learnDeadline.Token).PipeTo(Self,
            success: basis => new HistoryLearned(submit.Spec, basis ?? ScheduleBasis.None, null), failure: e => new HistoryLearned(submit.Spec, null, e));
        return true;
    }

    /// <summary>The submissions of the spec that learned are decided with its basis (a bad parameter then refused naming the
    /// field); a history that teaches nothing refuses them. One with another spec under the same id is taken again as it came,
    /// after them: refused duplicate-algo-id if the first made the parent, else it learns for itself.</summary>
    private void OnLearned(HistoryLearned learned)
    {
        var waiting = _learning.ToList();
        _learning.Clear();
        _learnDeadline?.Dispose();
        _learnDeadline = null;
        foreach (var (submit, sender) in waiting)
        {
            if (!submit.Spec.SameAs(learned.Spec)) Self.Tell(submit, sender);
            else if (learned.Basis is { } basis) Self.Tell(submit with { Basis = basis }, sender);
            else
            {
                var (code, message) = learned.Failure is ArgumentException refused
                    ? ("invalid-parameter", refused.Message)
                    : ("market-history-unavailable", learned.Failure is OperationCanceledException
                        ? $"the node's lake did not answer within {LearnTimeout.TotalSeconds:0} s"
                        : $"the node's lake could not be read: {learned.Failure?.GetBaseException().Message}");
                _log.Info("{0}: rejected {1}: {2}: {3}", PersistenceId, nameof(SubmitAlgo), code, message);
                HiveCounters.Rejected(Region, code);
                sender.Tell(new CommandRejected(Region, EntityId, code, message));
            }
        }
    }

    protected override AlgoCommand Prepare(AlgoCommand command) => command is SubmitAlgo s
        ? s with { Instrument = _trading.Catalog.TryGet(s.Spec.InstrumentId, out var instrument) ? instrument : null, Catalog = _trading.Catalog }
        : command;

    /// <summary>The entity's own commands (ticks, its children's news) are answered to nobody.</summary>
    protected override void Reply(IActorRef to, AlgoCommand command, Rejection? rejection, bool duplicate)
    {
        if (command is AdvanceAlgo or ObserveAlgoBar or RecordChildProgress or RecordChildRefusal)
        {
            if (rejection is not null) _log.Warning("{0}: could not take {1}: {2}", PersistenceId, command.GetType().Name, rejection);
            return;
        }
        base.Reply(to, command, rejection, duplicate);
    }

    protected override void AfterCommand(AlgoCommand command, IReadOnlyList<AlgoEvent> persisted)
    {
        foreach (var e in persisted)
        {
            switch (e)
            {
                case AlgoSubmitted s:
                    _lastPrice = s.ArrivalPrice;
                    Run();
                    break;
                case ChildIssued c:
                    Place(c.Child.Number);
                    break;
                case ChildrenWithdrawing or AlgoCancelled or AlgoWindowClosed:
                    WithdrawAll();
                    break;
            }
        }
        if (!Working) Halt();
    }

    protected override void OnReplaySuccess()
    {
        base.OnReplaySuccess();
        if (!Working) return;
        _lastPrice = State.ArrivalPrice;
        Gateway.Region(RegionNames.Instrument).Tell(new GetVenue(State.Spec!.InstrumentId), Self);
        Run();
        foreach (var n in State.Parent!.Open) Place(n);
        WithdrawAll();
    }

    /// <summary>Whether anything still depends on this entity: a parent not finished, or a child still working.</summary>
    private bool Working => State.Parent is { } p && (!p.IsFinished || !p.Open.IsEmpty);

    private void Run()
    {
        if (_running) return;
        _running = true;
        foreach (var instrument in Followed) DistributedPubSub.Get(Context.System).Mediator.Tell(new Subscribe(BarPublished.Topic(instrument), Self));
        // The venues' last prices until their next bars (the parent's own instrument is asked on recovery, or priced by its arrival).
        foreach (var listing in State.Parent!.Listings) Gateway.Region(RegionNames.Instrument).Tell(new GetVenue(listing.Id), Self);
        Timers.StartPeriodicTimer("tick", AlgoTick.Instance, _trading.AlgoTick);
    }

    private void Halt()
    {
        if (!_running) return;
        _running = false;
        Timers.Cancel("tick");
        foreach (var instrument in Followed) DistributedPubSub.Get(Context.System).Mediator.Tell(new Unsubscribe(BarPublished.Topic(instrument), Self));
        _unheard.Clear();
    }

    /// <summary>The instruments whose bars the entity follows: the parent's, and its listings at its venues.</summary>
    private IEnumerable<InstrumentId> Followed => State.Parent!.Listings.Select(l => l.Id).Prepend(State.Spec!.InstrumentId).Distinct();

    private bool IsListing(InstrumentId instrument) => State.Parent is { } p && p.Listings.Any(l => l.Id == instrument);

    /// <summary>The books of the venues whose last price is known.</summary>
    private IReadOnlyList<VenueBook> Books() => State.Parent is not { IsRouted: true } parent
        ? []
        : parent.Listings.Where(l => _markets.ContainsKey(l.Id.Venue))
            .Select(l => VenueBook.AtLastPrice(l.Id.Venue, _markets[l.Id.Venue].Price, _markets[l.Id.Venue].Volume, _trading.FillModelOf(l.Id.Venue), l.LotSize))
            .ToList();

    private void Tick()
    {
        if (State.Parent is not { } parent) return;
        var now = DateTime.UtcNow;
        if (!parent.IsFinished)
            Self.Tell(new AdvanceAlgo(Id, AlgoClock.Observe(parent.Parameters, now, _trading.AlgoTick, _trading.AlgoEndGrace, _lastPrice)) { Books = Books() });
        foreach (var (n, poll) in _unheard.Where(u => u.Value.Due <= now).ToList())
        {
            Send(n);
            HiveCounters.Record(ChildrenResent);
            if (Persisted.Parent!.Children[n - 1].CancelRequested) Withdraw(n);
            var delay = TimeSpan.FromTicks(Math.Min(poll.Delay.Ticks * 2, MaxPollDelay.Ticks));
            _unheard[n] = (now + delay, delay);
        }
    }

    private void OnChildUpdate(OrderUpdate update)
    {
        var order = update.Order;
        if (AlgoOwner.ChildNumber(Id, order.ClientOrderId) is not (> 0 and var n)) return;
        _unheard.Remove(n);
        Self.Tell(order.Status is OrderStatus.Rejected or OrderStatus.Denied
            ? new RecordChildRefusal(Id, n, order.RejectionCode ?? "rejected") { Books = Books() }
            : new RecordChildProgress(Id, n, order.FilledQuantity, order.AverageFillPrice, order.Fees, order.IsOpen));
    }

    /// <summary>Places child <paramref name="number"/> (stored: it is in the journal before its order can exist) and waits for its news.</summary>
    private void Place(int number)
    {
        _unheard[number] = (DateTime.UtcNow + _trading.RetryInterval, _trading.RetryInterval);
        Send(number);
    }

    private void Send(int number)
    {
        var parent = Persisted.Parent!;
        if (number > parent.Children.Count || !parent.Children[number - 1].Open) return;
        var child = parent.Children[number - 1];
        var spec = Persisted.Spec!;
        var id = new ClientOrderId(parent.ChildId(number));
        var instrument = parent.ListingOf(child).Id;
        var request = child.LimitPrice is { } price
            ? new OrderRequest(id, spec.AccountId, instrument, spec.Side, OrderType.Limit, child.Quantity, LimitPrice: price, StrategyId: AlgoOwner.Of(Id))
            : new OrderRequest(id, spec.AccountId, instrument, spec.Side, OrderType.Market, child.Quantity, StrategyId: AlgoOwner.Of(Id));
        var reference = child.Route is { } route ? (_markets.TryGetValue(route.Venue, out var market) ? market.Price : route.Price)
            : _lastPrice > 0m ? _lastPrice : Persisted.ArrivalPrice;
        Gateway.Region(RegionNames.Order).Tell(new PlaceOrder(request, reference, MarketPrice: reference), Self);
    }

    /// <summary>Cancels every open child being withdrawn; each order retries its cancel until its venue answers.</summary>
    private void WithdrawAll()
    {
        var parent = Persisted.Parent!;
        foreach (var n in parent.Open.Where(n => parent.Children[n - 1].CancelRequested)) Withdraw(n);
    }

    // No sender: a refused cancel (of a child that just finished) must not read as a refused placement.
    private void Withdraw(int number) =>
        Gateway.Region(RegionNames.Order).Tell(new RequestCancel(new ClientOrderId(Persisted.Parent!.ChildId(number)), $"withdrawn by algo {Id}"), ActorRefs.NoSender);

    private sealed class AlgoTick
    {
        public static readonly AlgoTick Instance = new();
    }

    private sealed record HistoryLearned(AlgoSpec Spec, ScheduleBasis? Basis, Exception? Failure);
}
