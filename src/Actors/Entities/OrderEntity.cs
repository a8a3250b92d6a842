using Akka.Actor;
using Akka.Event;
using Akka.Hosting;
using Hive.Actors.Protocol;
using Hive.Actors.Sharding;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.Core.Orders;

namespace Hive.Actors.Entities;

/// <summary>
/// One order (<see cref="OrderFlowState"/>), keyed by client order id. After every change it sends what the state says
/// is still owed (<see cref="OrderFlowState.Outbox"/>) given what its counterparts confirmed (<see cref="OrderDelivery"/>,
/// in memory) and, on a backing-off timer, sends it again until they confirm; a strategy-placed order tells its strategy
/// about booked fills and its end. Receivers are idempotent, so a repeat after a crash or a lost reply changes nothing.
/// </summary>
public sealed class OrderEntity : EntityActor<OrderFlowState, IOrderFlowCommand, IOrderEvent, GetOrder>, IWithTimers
{
    private readonly TradingSettings _trading;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private EntityGateway? _gateway;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);
    private OrderDelivery _delivery = OrderDelivery.None;
    private long _retriedAtVersion = -1;
    private TimeSpan _retryDelay;
    private bool _resting;

    public OrderEntity(string entityId, EntitySettings settings, TradingSettings trading)
        : base(RegionNames.Order, entityId, OrderFlowState.Empty(new ClientOrderId(entityId)), settings)
    {
        _trading = trading;
    }

    public ITimerScheduler Timers { get; set; } = null!;

    private EntityGateway Gateway => _gateway ??= new EntityGateway(ActorRegistry.For(Context.System));

    protected override bool CanPassivate => base.CanPassivate && State.Outbox(_delivery).Count == 0;

    protected override bool IdleTimerFromStart => false;

    protected override bool Snapshots => false;

    protected override void ConfigureCommands()
    {
        Command<RetryTick>(_ => SendOwed());
        Command<FillBooked>(b =>
        {
            if (b.RefusedCode is { } code && code != TradingRejections.FillOutOfOrder)
                _log.Warning("order {0}: the account refused fill {1} ({2}): {3}", State.ClientOrderId, b.FillNumber, b.TradeId, code);
            Confirmed(_delivery.Booked(b));
        });
        Command<ReleaseConfirmed>(_ => Confirmed(_delivery.ReleaseConfirmed()));
        Command<GetOrderOwed>(_ => Sender.Tell(new OrderOwed(State.ClientOrderId, State.Outbox(_delivery).Select(m => m.GetType().Name).ToList())));
        // The venue lost its book: route with the order's progress now rather than at the next poll.
        Command<RouteAgain>(_ => SendOwed());
    }

    protected override IOrderFlowCommand Prepare(IOrderFlowCommand command) => command switch
    {
        PlaceOrder p => p with { Instrument = Listed(p.Request.InstrumentId), ReserveFeeRate = _trading.ReserveFeeRate },
        RequestReplace r when State.Order.Request is { } request => r with { Instrument = Listed(request.InstrumentId) },
        // Reports already taken are dropped; a batch beyond the next report waits for the poll that fetches it in order.
        VenueReports v => _delivery.Unseen(v) ?? v with { Reports = [] },
        _ => command,
    };

    /// <summary>
    /// Answers from other entities are facts this entity consumes, not requests: no reply. A strategy's placement is not
    /// acknowledged either: the order tells the strategy when something it needs happened (a booked fill, the end), and a
    /// strategy that places the order again is told where it stands.
    /// </summary>
    protected override void Reply(IActorRef to, IOrderFlowCommand command, Rejection? rejection, bool duplicate)
    {
        if (command is PlaceOrder { Request.StrategyId: not null } && rejection is null)
        {
            if (duplicate) _delivery = _delivery with { StrategyTold = 0 };
            return;
        }
        if (command is PlaceOrder or RequestCancel or RequestReplace) base.Reply(to, command, rejection, duplicate);
        else if (rejection is not null) _log.Warning("order {0}: could not apply {1}: {2}", State.ClientOrderId, command.GetType().Name, rejection);
    }

    protected override void AfterCommand(IOrderFlowCommand command, IReadOnlyList<IOrderEvent> persisted)
    {
        if (command is VenueReports v && v.Reports.Count > 0) _delivery = _delivery.Took(v);
        if (persisted.Count > 0 || command is PlaceOrder) SendOwed();
        else TellStrategy();
    }

    protected override void OnReplaySuccess()
    {
        base.OnReplaySuccess();
        SendOwed();
        RestIfDone();
    }

    private void Confirmed(OrderDelivery delivery)
    {
        if (delivery == _delivery) return;
        _delivery = delivery;
        TellStrategy();
        // Nothing more to send now; the timer stops once nothing is owed.
        if (State.Outbox(_delivery).Count == 0) Rest();
    }

    private void SendOwed()
    {
        if (!State.Exists) return;
        var owed = State.Outbox(_delivery);
        foreach (var message in owed) Gateway.RegionFor(message).Tell(message, Self);
        TellStrategy();
        // The timer runs only while something is owed, so a finished order can rest (passivate). It backs off while
        // nothing changes (a resting order only polls its venue for reports it might have missed) and starts over
        // from the retry interval after every change.
        if (owed.Count == 0)
        {
            Rest();
            return;
        }
        RestIfDone();
        _retryDelay = _retriedAtVersion == State.Version
            ? TimeSpan.FromTicks(Math.Min(_retryDelay.Ticks * 2, MaxRetryDelay.Ticks))
            : _trading.RetryInterval;
        _retriedAtVersion = State.Version;
        Timers.StartSingleTimer("retry", RetryTick.Instance, _retryDelay);
    }

    /// <summary>Nothing is owed: stop retrying, and a finished order passivates soon (<see cref="EntitySettings.PassivateFinishedOrderAfter"/>).</summary>
    private void Rest()
    {
        Timers.Cancel("retry");
        RestIfDone();
    }

    /// <summary>Arms the idle timer when the order may rest (finished, or never placed) and disarms it when it may not.</summary>
    private void RestIfDone()
    {
        if (CanPassivate == _resting) return;
        _resting = CanPassivate;
        Context.SetReceiveTimeout(_resting ? Settings.PassivateFinishedOrderAfter : null);
    }

    private void TellStrategy()
    {
        if (State.StrategyUpdate(_delivery) is not { } update) return;
        Gateway.Region(RegionNames.Strategy).Tell(update, Self);
        _delivery = State.ToldStrategy(_delivery);
    }

    private Core.Instruments.Instrument? Listed(InstrumentId id) => _trading.Catalog.TryGet(id, out var instrument) ? instrument : null;
}
