using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Event;
using Akka.Hosting;
using Akka.Persistence;
using Hive.Actors.Diagnostics;
using Hive.Actors.Protocol;
using Hive.Actors.Sharding;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;

namespace Hive.Actors.Entities;

/// <summary>
/// One instrument and its simulated venue (<see cref="VenueSession"/>). It journals the venue's inputs and
/// rebuilds the venue by replaying them; it answers each routed order with that order's reports, pushes
/// reports caused by market data to the order entities, and publishes every bar it applied on the
/// instrument's topic for strategies. Not an <see cref="EntityActor{TState,TCommand,TEvent,TQuery}"/>: the
/// venue's book is a mutable engine rebuilt from inputs rather than an immutable state folded from events.
/// </summary>
public sealed class InstrumentEntity : ReceivePersistentActor
{
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly VenueSession? _session;
    private readonly string _entityId;
    private EntityGateway? _gateway;
    private int _writesInFlight;

    public InstrumentEntity(string entityId, EntitySettings settings, TradingSettings trading)
    {
        _entityId = entityId;
        PersistenceId = $"{RegionNames.Instrument}-{entityId}";
        if (InstrumentId.TryParse(entityId, out var id, out _) && trading.Catalog.TryGet(id, out var instrument))
            _session = new VenueSession(instrument, trading.FillModel);
        PassivateAfter = settings.PassivateAfter;

        Recover<IVenueEvent>(e => _session?.Apply(e));
        Command<IVenueCommand>(Handle);
        Command<GetVenue>(_ => Sender.Tell(_session is null ? Unlisted("GetVenue") : _session.Status));
        Command<CommandAccepted>(_ => { });
        Command<CommandRejected>(r => _log.Warning("{0}: {1} refused a venue report: {2}", PersistenceId, r.EntityId, r.Message));
        Command<ReceiveTimeout>(_ =>
        {
            if (_writesInFlight == 0 && (_session is null || _session.WorkingOrders == 0)) Context.Parent.Tell(new Passivate(PassivationStop.Instance));
        });
        Command<PassivationStop>(_ => Context.Stop(Self));
        CommandAny(message =>
        {
            var type = message.GetType().Name;
            HiveCounters.UnknownMessage(RegionNames.Instrument, type);
            _log.Warning("{0}: cannot handle message of type {1}; rejected", PersistenceId, type);
            Sender.Tell(new CommandRejected(RegionNames.Instrument, _entityId, "unknown-message", $"the instrument entity '{_entityId}' cannot handle {type}"));
        });
    }

    public override string PersistenceId { get; }

    private TimeSpan PassivateAfter { get; }

    private EntityGateway Gateway => _gateway ??= new EntityGateway(ActorRegistry.For(Context.System));

    protected override void PreStart()
    {
        base.PreStart();
        Context.SetReceiveTimeout(PassivateAfter);
    }

    private void Handle(IVenueCommand command)
    {
        if (_session is null)
        {
            Sender.Tell(Unlisted(command.GetType().Name));
            return;
        }
        var step = _session.Plan(command, DateTime.UtcNow);
        if (step.UnjournaledBar is { } bar)
        {
            _session.ApplyUnjournaled(bar);
            // Published in order: after the bars still being written.
            if (_writesInFlight == 0) Publish(bar, []);
            else DeferAsync(bar, b => Publish(b, []));
        }
        var replyTo = Sender;
        if (step.ToJournal.Count == 0)
        {
            // Reports (fills above all: their trade ids) must not leave before the inputs that made them are stored.
            if (_writesInFlight == 0) Answer(command, replyTo);
            else DeferAsync(command, _ => Answer(command, replyTo));
            return;
        }
        // Applied at once so that the next command is planned on the venue as decided; everything it produced
        // leaves only once stored, and the journal batches the writes of many commands (no stash, group commit).
        var produced = new List<(IVenueEvent Input, IReadOnlyList<VenueReports> Reports)>();
        foreach (var input in step.ToJournal) produced.Add((input, _session.Apply(input)));
        _writesInFlight++;
        var remaining = step.ToJournal.Count;
        PersistAllAsync(step.ToJournal, _ =>
        {
            if (--remaining > 0) return;
            _writesInFlight--;
            HiveCounters.Persisted(RegionNames.Instrument, produced.Count);
            foreach (var (input, reports) in produced)
            {
                foreach (var batch in reports)
                    if (batch.OrderId != OrderOf(command)) Gateway.Region(RegionNames.Order).Tell(batch, Self);
                // Only a bar that arrives now is news; the last bar journaled ahead of an order was published when it came.
                if (input is VenueBarApplied applied && command is ApplyBar)
                    Publish(applied.Bar, reports.SelectMany(r => r.Reports).Select(r => r.Fill).OfType<Core.Trading.Execution>().ToList());
            }
            Answer(command, replyTo);
        });
    }

    /// <summary>An order entity's message is answered with that order's reports it has not applied yet.</summary>
    private void Answer(IVenueCommand command, IActorRef to)
    {
        if (command is ApplyBar)
        {
            // The replayer tells without a sender; the HTTP API asks and gets the venue's status.
            if (!to.Equals(Context.System.DeadLetters)) to.Tell(_session!.Status);
            return;
        }
        if (OrderOf(command) is not { } order) return;
        var from = command switch
        {
            RouteOrder r => r.FromIndex,
            RouteCancel c => c.FromIndex,
            RouteReplace c => c.FromIndex,
            _ => 0,
        };
        var reports = _session!.ReportsFor(order, from);
        if (reports.Count > 0) to.Tell(new VenueReports(order, from, reports));
    }

    private static ClientOrderId? OrderOf(IVenueCommand command) => command switch
    {
        RouteOrder r => r.Request.ClientOrderId,
        RouteCancel c => c.OrderId,
        RouteReplace c => c.OrderId,
        _ => null,
    };

    private void Publish(Core.MarketData.Bar bar, IReadOnlyList<Core.Trading.Execution> fills) =>
        DistributedPubSub.Get(Context.System).Mediator.Tell(new Publish(BarPublished.Topic(bar.Instrument), new BarPublished(bar, fills)));

    private CommandRejected Unlisted(string what)
    {
        HiveCounters.Rejected(RegionNames.Instrument, "unknown-instrument");
        return new CommandRejected(RegionNames.Instrument, _entityId, "unknown-instrument",
            $"{what}: instrument '{_entityId}' is not listed on this cluster");
    }

    protected override void OnRecoveryFailure(Exception reason, object? message = null)
    {
        HiveCounters.Record($"recovery-failure/{RegionNames.Instrument}");
        _log.Error(reason, "{0}: recovery failed; the supervisor restarts this entity with backoff", PersistenceId);
        base.OnRecoveryFailure(reason, message);
    }

    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        HiveCounters.Record($"persist-failure/{RegionNames.Instrument}");
        _log.Error(cause, "{0}: persisting {1} failed; the supervisor restarts this entity with backoff", PersistenceId, @event.GetType().Name);
        base.OnPersistFailure(cause, @event, sequenceNr);
    }
}
