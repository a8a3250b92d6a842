using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Event;
using Akka.Persistence;
using Hive.Actors.Diagnostics;
using Hive.Actors.Protocol;
using Hive.Core.Domain;

namespace Hive.Actors.Entities;

/// <summary>
/// The thin persistent actor behind every sharded entity: it asks the pure state what a command
/// produces, persists those events, folds them with <c>Apply</c> and replies. Recovery is the same
/// fold over the journal. Snapshots every <see cref="EntitySettings.SnapshotEvery"/> events; an idle
/// entity whose state allows it asks its shard to passivate it. Anything it does not understand is
/// logged, counted and answered with a <see cref="CommandRejected"/> — a bad message never crashes it.
/// </summary>
public abstract class EntityActor<TState, TCommand, TEvent, TQuery> : ReceivePersistentActor
    where TState : class, IAggregate<TState, TCommand, TEvent>, IEntityState
    where TCommand : class
    where TEvent : class
    where TQuery : class
{
    private readonly EntitySettings _settings;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private long _lastSnapshotSequenceNr;

    protected EntityActor(string region, string entityId, TState initial, EntitySettings settings)
    {
        Region = region;
        EntityId = entityId;
        PersistenceId = $"{region}-{entityId}";
        State = Persisted = initial;
        _settings = settings;

        Recover<SnapshotOffer>(offer =>
        {
            if (offer.Snapshot is TState snapshot)
            {
                State = Persisted = snapshot;
                _lastSnapshotSequenceNr = offer.Metadata.SequenceNr;
            }
        });
        Recover<TEvent>(e => State = Persisted = State.Apply(e));

        Command<TCommand>(HandleCommand);
        Command<TQuery>(_ => Sender.Tell(Persisted));
        Command<SaveSnapshotSuccess>(s => DeleteSnapshots(new SnapshotSelectionCriteria(s.Metadata.SequenceNr - 1)));
        Command<SaveSnapshotFailure>(f => _log.Warning(f.Cause, "{0}: snapshot at {1} failed; recovery will replay more events", PersistenceId, f.Metadata.SequenceNr));
        Command<DeleteSnapshotsSuccess>(_ => { });
        Command<DeleteSnapshotsFailure>(f => _log.Warning(f.Cause, "{0}: deleting old snapshots failed", PersistenceId));
        Command<ReceiveTimeout>(_ => OnIdle());
        Command<PassivationStop>(_ => Context.Stop(Self));
        ConfigureCommands();
        CommandAny(OnUnknown);
    }

    public override string PersistenceId { get; }

    protected string Region { get; }

    protected string EntityId { get; }

    /// <summary>The state as decided: it already includes events whose write is still in flight.</summary>
    protected TState State { get; set; }

    /// <summary>The state as stored: what queries see and snapshots save.</summary>
    protected TState Persisted { get; private set; }

    protected override void PreStart()
    {
        base.PreStart();
        Context.SetReceiveTimeout(_settings.PassivateAfter);
    }

    /// <summary>Registers the entity's own extra messages (replies from other entities, timers, market data);
    /// called by the base constructor before the catch-all for unknown messages.</summary>
    protected virtual void ConfigureCommands() { }

    /// <summary>Completes a command from node-local knowledge (e.g. the instrument catalog) before deciding.</summary>
    protected virtual TCommand Prepare(TCommand command) => command;

    /// <summary>Answers the sender; entities that talk to each other override it to answer with their own messages.</summary>
    protected virtual void Reply(IActorRef to, TCommand command, Rejection? rejection, bool duplicate) =>
        to.Tell(rejection is null
            ? new CommandAccepted(Region, EntityId, State.Version, duplicate)
            : new CommandRejected(Region, EntityId, rejection.Code, rejection.Message));

    /// <summary>Runs after a command was accepted and its events (possibly none: a repeat) are persisted and applied.</summary>
    protected virtual void AfterCommand(TCommand command, IReadOnlyList<TEvent> persisted) { }

    private void HandleCommand(TCommand received)
    {
        var command = Prepare(received);
        var decision = State.Decide(command, DateTime.UtcNow);
        var replyTo = Sender;
        if (decision.Rejection is { } rejection)
        {
            HiveCounters.Rejected(Region, rejection.Code);
            _log.Info("{0}: rejected {1}: {2}", PersistenceId, command.GetType().Name, rejection);
            AfterStored(command, () => Reply(replyTo, command, rejection, duplicate: false));
            return;
        }

        if (decision.Events.Count == 0)
        {
            AfterStored(command, () =>
            {
                Reply(replyTo, command, null, duplicate: true);
                AfterCommand(command, decision.Events);
            });
            return;
        }

        Record(decision.Events, () =>
        {
            Reply(replyTo, command, null, duplicate: false);
            AfterCommand(command, decision.Events);
        });
    }

    /// <summary>An answer decided on state whose writes are still in flight waits for them (a repeat of an order
    /// must not be confirmed before the order itself is stored).</summary>
    private void AfterStored(TCommand command, Action answer)
    {
        if (State.Version == Persisted.Version) answer();
        else DeferAsync(command, _ => answer());
    }

    /// <summary>
    /// Folds the events into the decided state at once and writes them without stashing (group commit: the
    /// journal batches the writes of many commands), then runs <paramref name="then"/> when they are stored.
    /// Nothing leaves the entity before that: replies and sends happen in <paramref name="then"/>, so a failed
    /// write (which restarts the entity from its journal) never leaks an unstored decision; commands decided in
    /// the meantime see the decided state, and their writes follow in order, so they fail together.
    /// </summary>
    protected void Record(IReadOnlyList<TEvent> events, Action then)
    {
        foreach (var e in events) State = State.Apply(e);
        var remaining = events.Count;
        PersistAllAsync(events, stored =>
        {
            Persisted = Persisted.Apply(stored);
            if (--remaining > 0) return;
            HiveCounters.Persisted(Region, events.Count);
            then();
            if (LastSequenceNr - _lastSnapshotSequenceNr >= _settings.SnapshotEvery)
            {
                _lastSnapshotSequenceNr = LastSequenceNr;
                SaveSnapshot(Persisted);
            }
        });
    }

    private void OnIdle()
    {
        if (!State.CanPassivate || State.Version != Persisted.Version) return;
        _log.Debug("{0}: idle for {1}, passivating", PersistenceId, _settings.PassivateAfter);
        // The backoff supervisor between us and the shard forwards this to the shard.
        Context.Parent.Tell(new Passivate(PassivationStop.Instance));
    }

    private void OnUnknown(object message)
    {
        var type = message.GetType().Name;
        if (message is CommandAccepted or CommandRejected)
        {
            // A reply nobody waits for is dropped, never answered: answering replies would ping-pong forever.
            HiveCounters.UnknownMessage(Region, type);
            _log.Debug("{0}: dropped an unexpected {1}", PersistenceId, type);
            return;
        }
        HiveCounters.UnknownMessage(Region, type);
        _log.Warning("{0}: cannot handle message of type {1}; rejected", PersistenceId, type);
        Sender.Tell(new CommandRejected(Region, EntityId, "unknown-message",
            $"the {Region} entity '{EntityId}' cannot handle {type}"));
    }

    protected override void OnRecoveryFailure(Exception reason, object? message = null)
    {
        HiveCounters.Record($"recovery-failure/{Region}");
        _log.Error(reason, "{0}: recovery failed; the supervisor restarts this entity with backoff", PersistenceId);
        base.OnRecoveryFailure(reason, message);
    }

    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        HiveCounters.Record($"persist-failure/{Region}");
        _log.Error(cause, "{0}: persisting {1} failed; the supervisor restarts this entity with backoff", PersistenceId, @event.GetType().Name);
        base.OnPersistFailure(cause, @event, sequenceNr);
    }
}
