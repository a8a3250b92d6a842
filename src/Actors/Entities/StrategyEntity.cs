using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Event;
using Hive.Actors.Protocol;
using Hive.Core.Algos;
using Hive.Core.Algos.Instances;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.Core.Strategies;
using Hive.Core.Accounts;
using Hive.Core.Risk;
using Hive.Core.Strategies.Instances;

namespace Hive.Actors.Entities;

/// <summary>
/// A strategy instance (<see cref="StrategyState"/>). While running it hosts the catalog strategy in a
/// <see cref="StrategyRuntime"/>, subscribed to its instruments' bar topics. Each order the strategy submits is
/// first recorded (<see cref="StrategyOrderIssued"/>, which fixes its client order id) and then sent to its order
/// entity; the order tells the strategy its booked fills and its end (<see cref="OrderUpdate"/>, the one channel for
/// fills). An open order the strategy has not heard from is sent again on a backing-off timer, which the order group
/// treats as a repeat and answers with where the order stands; after a restart only the open orders are sent again.
/// Finished orders leave the state in batches (<see cref="StrategyOrdersClosed"/>). The account is read as a compact
/// view, refreshed on the timer. A stopped strategy sees each order it still had open to its end: on the same backing-off
/// timer it places the order again (one whose placement was lost with a node must exist before it can be cancelled) and
/// cancels it, until the order reports itself finished or its placement is refused.
/// A target the strategy hands to an algorithm is recorded the same way (<see cref="StrategyAlgoIssued"/>, which fixes the
/// parent's algo id and spec) and then submitted to the <c>algo</c> region, again on every tick until acknowledged (the algo
/// id is the submission's idempotency key); an acknowledged parent is asked where it stands on every tick, and leaves the
/// state once finished (<see cref="StrategyAlgoClosed"/>). A stopped strategy cancels its working parents on the backing-off
/// timer until each is finished or unknown to its entity (a submission lost with a node).
/// </summary>
public sealed class StrategyEntity : EntityActor<StrategyState, StrategyCommand, StrategyEvent, GetStrategy>, IWithTimers
{
    private readonly TradingSettings _trading;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private static readonly TimeSpan MaxPollDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxAwait = TimeSpan.FromSeconds(5);
    // Bars not yet handed to the strategy, waiting for the news of orders they filled.
    private readonly Queue<BarPublished> _bars = new();
    private readonly HashSet<ClientOrderId> _awaiting = new();
    // Open orders not heard from since they were sent, and the poll delay, which backs off while nothing is heard.
    private readonly HashSet<ClientOrderId> _unheard = new();
    // Orders open when the strategy stopped, withdrawn until each reports its end; those that did, not yet recorded closed.
    private readonly HashSet<ClientOrderId> _withdrawing = new();
    private readonly List<ClientOrderId> _withdrawn = new();
    // Parents recorded but not yet acknowledged by their entity.
    private readonly HashSet<AlgoId> _unacknowledged = new();
    private TimeSpan _pollDelay;
    private StrategyRuntime? _runtime;
    private IReadOnlyList<InstrumentId> _topics = [];

    public StrategyEntity(string entityId, EntitySettings settings, TradingSettings trading)
        : base(RegionNames.Strategy, entityId, StrategyState.Empty(new StrategyId(entityId)), settings)
    {
        _trading = trading;
    }

    public ITimerScheduler Timers { get; set; } = null!;

    protected override void ConfigureCommands()
    {
        Command<BarPublished>(b =>
        {
            if (_runtime is null) return;
            _bars.Enqueue(b);
            foreach (var id in b.Traded)
                if (_runtime.GetOrder(id) is { IsOpen: true }) _awaiting.Add(id);
            if (_awaiting.Count > 0) Timers.StartSingleTimer("awaiting", AwaitTimeout.Instance, MaxAwait);
            DrainBars();
        });
        Command<OrderUpdate>(u =>
        {
            if (u.Order.IsTerminal) Withdrawn(u.Order.ClientOrderId);
            _unheard.Remove(u.Order.ClientOrderId);
            _runtime?.OnOrderUpdate(u.Order, u.Fills, u.BookedAt);
            _awaiting.Remove(u.Order.ClientOrderId);
            DrainBars();
        });
        Command<AwaitTimeout>(_ =>
        {
            if (_awaiting.Count == 0) return;
            _log.Warning("{0}: no news within {1} of orders a bar filled ({2}); going on without it", PersistenceId, MaxAwait, string.Join(", ", _awaiting));
            _awaiting.Clear();
            DrainBars();
        });
        Command<AccountState>(a => _runtime?.OnAccount(a));
        Command<CommandAccepted>(a =>
        {
            if (a.Region == RegionNames.Algo) _unacknowledged.Remove(new AlgoId(a.EntityId));
        });
        Command<AlgoState>(OnParent);
        Command<CommandRejected>(r =>
        {
            if (r.Region == RegionNames.Algo)
            {
                // A submission refused (an end passed while it was retried, an instrument the node does not list, a VWAP whose
                // node's lake has no history of it), or the cancel
                // of a parent that never reached its entity: either way nothing works for the strategy under that id.
                var algo = new AlgoId(r.EntityId);
                _log.Info("{0}: parent {1} refused: {2}", PersistenceId, algo, r.Message);
                if (State.WorkingAlgos.Find(w => w.AlgoId == algo) is { } refused)
                    _runtime?.OnExecutionProgress(new ExecutionProgress(algo, ParentStatus.Cancelled, 0m, refused.Spec.Quantity, $"{r.Code}: {r.Message}"));
                CloseParent(algo);
                return;
            }
            if (r.Region != RegionNames.Order) return;
            var id = new ClientOrderId(r.EntityId);
            Withdrawn(id);
            _unheard.Remove(id);
            _log.Info("{0}: order {1} refused: {2}", PersistenceId, id, r.Message);
            _runtime?.OnOrderRefused(id, new Rejection(r.Code, r.Message));
        });
        Command<GetStrategyProgress>(_ => Sender.Tell(_runtime is null
            ? new StrategyProgress(State.StrategyId, false, 0, null, 0, State.OrdersIssued)
            : new StrategyProgress(State.StrategyId, true, _runtime.BarsSeen, _runtime.BarsSeen > 0 ? _runtime.UtcNow : null, _runtime.OpenOrders().Count,
                State.OrdersIssued)));
        // A kill switch covering this strategy (the cluster's, its account's) stops it, which cancels its working orders.
        // (published when engaged; the register's answer when the strategy starts: nothing in an engaged switch's scope runs).
        Command<KillSwitch>(StopUnder);
        Command<KillSwitchState>(register =>
        {
            foreach (var (_, kill) in register.Engaged) StopUnder(kill);
        });
        Command<SubscribeAck>(_ => { });
        Command<UnsubscribeAck>(_ => { });
        Command<RetryTick>(_ => OnTick());
        Command<PollTick>(_ => Poll());
    }

    private void StopUnder(KillSwitch kill)
    {
        if (State.Running && kill.Scope.Covers(State.StrategyId, State.AccountId))
            Self.Tell(new StopStrategy(State.StrategyId, kill.Because), ActorRefs.NoSender);
    }

    /// <summary>Hands queued bars to the strategy once it has the news of every order they filled.</summary>
    private void DrainBars()
    {
        if (_awaiting.Count > 0) return;
        Timers.Cancel("awaiting");
        while (_runtime is not null && _bars.TryDequeue(out var bar)) _runtime.OnBar(bar.Bar);
    }

    private void OnTick()
    {
        AskAccount();
        if (_runtime is null) return;
        foreach (var parent in State.WorkingAlgos)
        {
            if (_unacknowledged.Contains(parent.AlgoId)) SendAlgo(parent.AlgoId);
            else Gateway.Region(RegionNames.Algo).Tell(new GetAlgo(parent.AlgoId), Self);
        }
        // Finished orders leave the open list in one event per tick, not one per order.
        var finished = _runtime.Finished();
        if (finished.Count > 0 && State.Running)
        {
            var decision = State.Decide(new CloseOrders(State.StrategyId, finished), DateTime.UtcNow);
            if (decision.Events.Count > 0) Record(decision.Events, () => _runtime?.Forget(finished));
            else _runtime.Forget(finished);
        }
    }

    /// <summary>Sends the open orders not heard from again; each answers with where it stands. After a stop, places and
    /// cancels again each order not yet finished, and records those that finished as closed.</summary>
    private void Poll()
    {
        foreach (var id in _unheard) SendIssued(id);
        foreach (var id in _withdrawing)
        {
            SendIssued(id);
            CancelStopped(id);
        }
        if (_withdrawn.Count > 0 && !State.Running)
        {
            var closing = _withdrawn.ToList();
            _withdrawn.Clear();
            var decision = State.Decide(new CloseOrders(State.StrategyId, closing), DateTime.UtcNow);
            if (decision.Events.Count > 0) Record(decision.Events, () => { });
        }
        if (!State.Running)
            foreach (var parent in State.WorkingAlgos) CancelParent(parent.AlgoId);
        if (_unheard.Count == 0 && _withdrawing.Count == 0 && (State.Running || State.WorkingAlgos.Count == 0)) return;
        _pollDelay = TimeSpan.FromTicks(Math.Min(_pollDelay.Ticks * 2, MaxPollDelay.Ticks));
        Timers.StartSingleTimer("poll", PollTick.Instance, _pollDelay);
    }

    private void ExpectNews(ClientOrderId id)
    {
        _unheard.Add(id);
        _pollDelay = _trading.RetryInterval;
        if (!Timers.IsTimerActive("poll")) Timers.StartSingleTimer("poll", PollTick.Instance, _pollDelay);
    }

    protected override void AfterCommand(StrategyCommand command, IReadOnlyList<StrategyEvent> persisted)
    {
        foreach (var e in persisted)
        {
            if (e is StrategyStarted) StartRuntime();
            if (e is StrategyStopped)
            {
                StopRuntime();
                // A stopped strategy leaves nothing working.
                Withdraw();
            }
        }
    }

    protected override void OnReplaySuccess()
    {
        base.OnReplaySuccess();
        if (!State.Running)
        {
            Withdraw();
            return;
        }
        StartRuntime();
    }

    private void StartRuntime()
    {
        StopRuntime();
        CatalogStrategy built;
        try
        {
            built = StrategyCatalog.Create(State.Kind!, State.Parameters);
        }
        catch (ArgumentException e)
        {
            // Only a journal written by a release whose catalog knew this strategy can get here.
            _log.Error("{0}: cannot build strategy {1}: {2}", PersistenceId, State.Kind, e.Message);
            return;
        }
        _runtime = new StrategyRuntime(State.StrategyId, State.AccountId!.Value, built.Strategy, _trading.Catalog, Submit, Cancel, Execute);
        // Orders open from before (a restart, or a stop being withdrawn) are the strategy's again: each is asked where it stands.
        _withdrawing.Clear();
        _withdrawn.Clear();
        foreach (var issued in State.OpenOrders)
        {
            _runtime.Track(issued.Request);
            ExpectNews(issued.Request.ClientOrderId);
        }
        foreach (var id in _unheard) SendIssued(id);
        _unacknowledged.Clear();
        foreach (var parent in State.WorkingAlgos)
        {
            _runtime.TrackExecution(parent.AlgoId, parent.Spec.Quantity);
            _unacknowledged.Add(parent.AlgoId);
            SendAlgo(parent.AlgoId);
        }
        _topics = built.Instruments;
        var mediator = DistributedPubSub.Get(Context.System).Mediator;
        foreach (var instrument in _topics) mediator.Tell(new Subscribe(BarPublished.Topic(instrument), Self));
        mediator.Tell(new Subscribe(KillSwitch.Topic, Self));
        Gateway.Region(RegionNames.KillSwitches).Tell(GetKillSwitches.Instance, Self);
        AskAccount();
        Timers.StartPeriodicTimer("retry", RetryTick.Instance, _trading.RetryInterval);
    }

    private void StopRuntime()
    {
        if (_runtime is null) return;
        _runtime.Stop();
        _runtime = null;
        var mediator = DistributedPubSub.Get(Context.System).Mediator;
        foreach (var instrument in _topics) mediator.Tell(new Unsubscribe(BarPublished.Topic(instrument), Self));
        mediator.Tell(new Unsubscribe(KillSwitch.Topic, Self));
        _topics = [];
        _bars.Clear();
        _awaiting.Clear();
        Timers.Cancel("retry");
        Timers.Cancel("poll");
    }

    /// <summary>Cancels every order still open and every working parent, and keeps placing and cancelling the orders not heard
    /// finished and cancelling the parents not known finished (<see cref="Poll"/>).</summary>
    private void Withdraw()
    {
        _unheard.Clear();
        _unacknowledged.Clear();
        foreach (var issued in State.OpenOrders)
        {
            _withdrawing.Add(issued.Request.ClientOrderId);
            CancelStopped(issued.Request.ClientOrderId);
        }
        foreach (var parent in State.WorkingAlgos) CancelParent(parent.AlgoId);
        if (_withdrawing.Count == 0 && State.WorkingAlgos.Count == 0) return;
        _pollDelay = _trading.RetryInterval;
        Timers.StartSingleTimer("poll", PollTick.Instance, _pollDelay);
    }

    private void CancelStopped(ClientOrderId id) => Cancel(id, $"strategy {State.StrategyId} stopped: {State.StopReason}");

    /// <summary>An order being withdrawn reported itself finished: it is recorded closed on the next poll, which comes at once
    /// rather than after the backed-off delay (that may be far off by now).</summary>
    private void Withdrawn(ClientOrderId id)
    {
        if (!_withdrawing.Remove(id)) return;
        _withdrawn.Add(id);
        Timers.StartSingleTimer("poll", PollTick.Instance, _trading.RetryInterval);
    }

    private OrderTicket Submit(StrategyOrder order, decimal referencePrice)
    {
        var decision = State.Decide(new IssueOrder(State.StrategyId, order, referencePrice), DateTime.UtcNow);
        if (decision.Rejection is { } refused) return new OrderTicket(State.NextOrderId, refused);
        var issued = (StrategyOrderIssued)decision.Events[0];
        // Recorded at once (a second submit in the same bar gets the next id), sent once stored.
        var id = issued.Request.ClientOrderId;
        Record([issued], () => SendIssued(id));
        _runtime?.Track(issued.Request);
        ExpectNews(id);
        return new OrderTicket(id, null);
    }

    private ExecutionTicket Execute(StrategyExecution target, decimal arrivalPrice)
    {
        var issue = new IssueAlgo(State.StrategyId, target, arrivalPrice)
        {
            Instrument = _trading.Catalog.TryGet(target.InstrumentId, out var instrument) ? instrument : null,
        };
        var decision = State.Decide(issue, DateTime.UtcNow);
        if (decision.Rejection is { } refused) return new ExecutionTicket(State.NextAlgoId, refused);
        var issued = (StrategyAlgoIssued)decision.Events[0];
        // As an order: recorded at once, submitted once stored, and again on every tick until its entity acknowledges it.
        Record([issued], () => SendAlgo(issued.AlgoId));
        _runtime?.TrackExecution(issued.AlgoId, issued.Spec.Quantity);
        _unacknowledged.Add(issued.AlgoId);
        return new ExecutionTicket(issued.AlgoId, null);
    }

    private void SendAlgo(AlgoId id)
    {
        // Only stored parents go out, as only stored orders do.
        if (Persisted.WorkingAlgos.Find(a => a.AlgoId == id) is { } parent) Gateway.Region(RegionNames.Algo).Tell(parent.ToSubmit(), Self);
    }

    /// <summary>Where a parent stands, as its entity answered: told to the strategy; once finished it leaves the state.</summary>
    private void OnParent(AlgoState parent)
    {
        if (parent.Parent is not { } p) return;
        _runtime?.OnExecutionProgress(ExecutionProgress.Of(p));
        if (p.IsFinished) CloseParent(parent.AlgoId);
    }

    private void CloseParent(AlgoId id)
    {
        _unacknowledged.Remove(id);
        var decision = State.Decide(new CloseAlgo(State.StrategyId, id), DateTime.UtcNow);
        if (decision.Events.Count > 0) Record(decision.Events, () => { });
    }

    /// <summary>Cancels a parent of the stopped strategy and asks where it stands (a finished parent is then closed).</summary>
    private void CancelParent(AlgoId id)
    {
        var algo = Gateway.Region(RegionNames.Algo);
        algo.Tell(new CancelAlgo(id, $"strategy {State.StrategyId} stopped: {State.StopReason}"), Self);
        algo.Tell(new GetAlgo(id), Self);
    }

    private bool Cancel(ClientOrderId id) => Cancel(id, $"cancelled by strategy {State.StrategyId}");

    private bool Cancel(ClientOrderId id, string reason)
    {
        // No sender: the answer would be indistinguishable from the answer to the order's placement, which is what
        // the CommandRejected handler reads as "order refused". A refused cancel (of an order already finished) leaves the
        // order as it is.
        Gateway.Region(RegionNames.Order).Tell(new RequestCancel(id, reason), ActorRefs.NoSender);
        return true;
    }

    private void SendIssued(ClientOrderId id)
    {
        // Only stored orders go out: an id must never reach the order's group before the strategy has it on record.
        var issued = Persisted.OpenOrders.Find(o => o.Request.ClientOrderId == id);
        if (issued is null) return;
        Gateway.Region(RegionNames.Order).Tell(new PlaceOrder(issued.Request, issued.ReferencePrice, MarketPrice: issued.ReferencePrice), Self);
    }

    private sealed class PollTick
    {
        public static readonly PollTick Instance = new();
    }

    private sealed class AwaitTimeout
    {
        public static readonly AwaitTimeout Instance = new();
    }

    private void AskAccount()
    {
        if (State.AccountId is { } account) Gateway.Region(RegionNames.Account).Tell(new GetAccountView(account), Self);
    }
}
