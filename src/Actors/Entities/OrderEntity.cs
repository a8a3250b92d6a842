using Akka.Actor;
using Akka.Event;
using Akka.Hosting;
using Hive.Actors.Protocol;
using Hive.Actors.Sharding;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.Core.Trading;

namespace Hive.Actors.Entities;

/// <summary>
/// One order (<see cref="OrderFlowState"/>), keyed by client order id. After every change it sends what the
/// state says is still owed (<see cref="OrderFlowState.Outbox"/>) and, on a timer, sends it again until the
/// receivers confirm; a strategy-placed order also tells its strategy where it stands until the strategy
/// acknowledges. Receivers are idempotent, so a repeat after a crash or a lost reply changes nothing.
/// </summary>
public sealed class OrderEntity : EntityActor<OrderFlowState, IOrderFlowCommand, IOrderEvent, GetOrder>, IWithTimers
{
    private readonly TradingSettings _trading;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private EntityGateway? _gateway;
    private long _strategyAcked;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);
    private long _sentAtVersion = -1;
    private long _retriedAtVersion = -1;
    private TimeSpan _retryDelay;

    public OrderEntity(string entityId, EntitySettings settings, TradingSettings trading)
        : base(RegionNames.Order, entityId, OrderFlowState.Empty(new ClientOrderId(entityId)), settings)
    {
        _trading = trading;
    }

    public ITimerScheduler Timers { get; set; } = null!;

    private EntityGateway Gateway => _gateway ??= new EntityGateway(ActorRegistry.For(Context.System));

    protected override void ConfigureCommands()
    {
        Command<RetryTick>(_ => SendOwed(force: true));
        Command<OrderUpdateAck>(ack => _strategyAcked = Math.Max(_strategyAcked, ack.Version));
    }

    protected override IOrderFlowCommand Prepare(IOrderFlowCommand command) => command switch
    {
        PlaceOrder p => p with { Instrument = Listed(p.Request.InstrumentId), ReserveFeeRate = _trading.ReserveFeeRate },
        RequestReplace r when State.Order.Request is { } request => r with { Instrument = Listed(request.InstrumentId) },
        _ => command,
    };

    /// <summary>Answers from other entities (account, venue) are facts this entity consumes, not requests: no reply.</summary>
    protected override void Reply(IActorRef to, IOrderFlowCommand command, Rejection? rejection, bool duplicate)
    {
        if (command is PlaceOrder or RequestCancel or RequestReplace) base.Reply(to, command, rejection, duplicate);
        else if (rejection is not null) _log.Warning("order {0}: could not apply {1}: {2}", State.ClientOrderId, command.GetType().Name, rejection);
    }

    protected override void AfterCommand(IOrderFlowCommand command, IReadOnlyList<IOrderEvent> persisted)
    {
        // A repeated submit (a strategy re-sending after its restart) also asks for the order's news again.
        if (command is PlaceOrder && persisted.Count == 0) _strategyAcked = 0;
        SendOwed(force: persisted.Count > 0 || command is PlaceOrder);
    }

    protected override void OnReplaySuccess()
    {
        base.OnReplaySuccess();
        SendOwed(force: true);
    }

    private void SendOwed(bool force)
    {
        if (!State.Exists) return;
        if (!force && _sentAtVersion == State.Version) return;
        _sentAtVersion = State.Version;
        var owed = State.Outbox();
        foreach (var message in owed) Gateway.RegionFor(message).Tell(message, Self);
        var strategy = State.Order.Request?.StrategyId;
        var strategyOwed = strategy is not null && _strategyAcked < State.Order.Version;
        if (strategyOwed) Gateway.Region(RegionNames.Strategy).Tell(new OrderUpdate(strategy!.Value, State.Order, State.Fills), Self);
        // The timer runs only while something is owed, so a finished order can rest (passivate). It backs off while
        // nothing changes (a resting order only polls its venue for reports it might have missed) and starts over
        // from the retry interval after every change.
        if (owed.Count == 0 && !strategyOwed)
        {
            Timers.Cancel("retry");
            return;
        }
        _retryDelay = _retriedAtVersion == State.Version
            ? TimeSpan.FromTicks(Math.Min(_retryDelay.Ticks * 2, MaxRetryDelay.Ticks))
            : _trading.RetryInterval;
        _retriedAtVersion = State.Version;
        Timers.StartSingleTimer("retry", RetryTick.Instance, _retryDelay);
    }

    private Core.Instruments.Instrument? Listed(InstrumentId id) => _trading.Catalog.TryGet(id, out var instrument) ? instrument : null;
}
