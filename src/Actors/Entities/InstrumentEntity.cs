using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Event;
using Akka.Persistence;
using Hive.Actors.Diagnostics;
using Hive.Actors.Protocol;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;

namespace Hive.Actors.Entities;

/// <summary>
/// One instrument and its simulated venue (<see cref="VenueSession"/>). It journals nothing per order: the order
/// entities store what became real, and the venue is their matching engine. It answers each routed order with that
/// order's reports, pushes reports caused by market data to the order groups, publishes every bar it applied on the
/// instrument's topic, and saves a small snapshot (<see cref="VenueSnapshot"/>: the last bar and the working orders'
/// ids) at most once per <see cref="SnapshotInterval"/>; after a restart it takes the last bar back and asks those
/// orders to route themselves again. Every bar it applies it also tells the listings that mirror it (<see cref="Core.Instruments.InstrumentCatalog.MirrorsOf"/>),
/// wherever the bar came from (the replay, a pushed bar). Not an <see cref="EntityActor{TState,TCommand,TEvent,TQuery}"/>: the venue is a
/// mutable engine, not a state folded from events.
/// </summary>
public sealed class InstrumentEntity : RestingPersistentActor, IWithTimers
{
    public static readonly TimeSpan SnapshotInterval = TimeSpan.FromSeconds(1);
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly VenueSession? _session;
    private readonly string _entityId;
    private readonly IReadOnlyList<InstrumentId> _mirrors;
    private IReadOnlyList<ClientOrderId> _toRouteAgain = [];
    private bool _changed;

    public InstrumentEntity(string entityId, EntitySettings settings, TradingSettings trading) : base(RegionNames.Instrument, settings.PassivateAfter)
    {
        _entityId = entityId;
        PersistenceId = $"{RegionNames.Instrument}-{entityId}";
        if (InstrumentId.TryParse(entityId, out var id, out _) && trading.Catalog.TryGet(id, out var instrument))
            _session = new VenueSession(instrument, trading.FillModelOf(instrument.Id.Venue));
        _mirrors = _session is null ? [] : trading.Catalog.MirrorsOf(_session.Instrument.Id);

        Recover<SnapshotOffer>(offer =>
        {
            if (offer.Snapshot is not VenueSnapshot snapshot) return;
            _session?.Restore(snapshot);
            _toRouteAgain = snapshot.Working;
        });
        Command<IVenueCommand>(Handle);
        Command<GetVenue>(_ => Sender.Tell(_session is null ? Unlisted("GetVenue") : _session.Status));
        Command<SnapshotTick>(_ => SaveIfChanged());
        Command<SaveSnapshotSuccess>(s => DeleteSnapshots(new SnapshotSelectionCriteria(s.Metadata.SequenceNr, s.Metadata.Timestamp.AddTicks(-1))));
        Command<SaveSnapshotFailure>(f => _log.Warning(f.Cause, "{0}: snapshot failed; a restart resumes from an older one", PersistenceId));
        Command<DeleteSnapshotsSuccess>(_ => { });
        Command<DeleteSnapshotsFailure>(_ => { });
        Command<CommandAccepted>(_ => { });
        Command<CommandRejected>(r => _log.Warning("{0}: {1} refused a venue report: {2}", PersistenceId, r.EntityId, r.Message));
        Command<IdleTick>(_ =>
        {
            if (IsIdle && (_session is null || _session.WorkingOrders == 0)) Context.Parent.Tell(new Passivate(PassivationStop.Instance));
        });
        Command<PassivationStop>(_ =>
        {
            SaveIfChanged();
            Context.Stop(Self);
        });
        CommandAny(message =>
        {
            var type = message.GetType().Name;
            HiveCounters.UnknownMessage(RegionNames.Instrument, type);
            _log.Warning("{0}: cannot handle message of type {1}; rejected", PersistenceId, type);
            Sender.Tell(new CommandRejected(RegionNames.Instrument, _entityId, "unknown-message", $"the instrument entity '{_entityId}' cannot handle {type}"));
        });
    }

    public override string PersistenceId { get; }

    public ITimerScheduler Timers { get; set; } = null!;


    protected override void PreStart()
    {
        base.PreStart();
        Timers.StartPeriodicTimer("snapshot", SnapshotTick.Instance, SnapshotInterval);
    }

    protected override void OnReplaySuccess()
    {
        base.OnReplaySuccess();
        foreach (var order in _toRouteAgain) Gateway.Region(RegionNames.Order).Tell(new RouteAgain(order), Self);
        _toRouteAgain = [];
    }

    private void Handle(IVenueCommand command)
    {
        if (_session is null)
        {
            Sender.Tell(Unlisted(command.GetType().Name));
            return;
        }
        var step = _session.Handle(command, DateTime.UtcNow);
        if (step.Rejection is { } refused)
        {
            HiveCounters.Rejected(RegionNames.Instrument, refused.Code);
            if (!Sender.Equals(Context.System.DeadLetters)) Sender.Tell(new CommandRejected(RegionNames.Instrument, _entityId, refused.Code, refused.Message));
            return;
        }
        _changed = true;
        foreach (var pushed in step.Pushed) Gateway.Region(RegionNames.Order).Tell(pushed, Self);
        if (step.Published is { } published)
        {
            DistributedPubSub.Get(Context.System).Mediator.Tell(new Publish(BarPublished.Topic(published.Bar.Instrument), published));
            // Listings that mirror this one take the bar too, under their own id; one they refuse (stale) is their own business.
            foreach (var mirror in _mirrors) Gateway.Region(RegionNames.Instrument).Tell(new ApplyBar(published.Bar with { Instrument = mirror }), ActorRefs.NoSender);
        }
        if (step.Answer is { } answer) Sender.Tell(answer, Self);
        // The replayer tells without a sender; the HTTP API asks and gets the venue's status.
        else if (command is ApplyBar && !Sender.Equals(Context.System.DeadLetters)) Sender.Tell(_session.Status);
    }

    private void SaveIfChanged()
    {
        if (!_changed || _session is null) return;
        _changed = false;
        SaveSnapshot(_session.Snapshot());
    }

    private CommandRejected Unlisted(string what)
    {
        HiveCounters.Rejected(RegionNames.Instrument, "unknown-instrument");
        return new CommandRejected(RegionNames.Instrument, _entityId, "unknown-instrument",
            $"{what}: instrument '{_entityId}' is not listed on this cluster");
    }

    protected override void OnRecoveryFailure(Exception reason, object? message = null)
    {
        HiveCounters.Record($"recovery-failure/{RegionNames.Instrument}");
        _log.Error(reason, "{0}: recovery failed; sharding restarts this entity after its restart backoff", PersistenceId);
        base.OnRecoveryFailure(reason, message);
    }

    private sealed class SnapshotTick
    {
        public static readonly SnapshotTick Instance = new();
    }
}
