using System.Diagnostics;
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
/// fold over the journal. Snapshots every <see cref="EntitySettings.SnapshotEvery"/> events and keeps the last two; a
/// snapshot it cannot use (wrong type, unreadable) fails recovery loudly once and the next incarnation recovers from an
/// older snapshot or from the events (<see cref="SnapshotFallback"/>). An idle entity whose state allows it asks its
/// shard to passivate it. Anything it does not understand is logged, counted and answered with a
/// <see cref="CommandRejected"/>, and a command its state throws on (an overflow, say) is refused, never persisted —
/// a bad message never crash-loops it.
/// </summary>
public abstract class EntityActor<TState, TCommand, TEvent, TQuery> : RestingPersistentActor
    where TState : class, IAggregate<TState, TCommand, TEvent>, IEntityState
    where TCommand : class
    where TEvent : class
    where TQuery : class
{
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private long _lastSnapshotSequenceNr;
    private long _previousSnapshotSequenceNr;
    private long _offeredSnapshotSequenceNr;
    // Answers waiting for the write of the version they were decided on.
    private readonly Queue<(long Version, Action Answer)> _afterWrites = new();
    // Changes outside the journal waiting for the writes in flight (see Amend).
    private readonly List<Func<TState, TState>> _amendments = new();

    protected EntityActor(string region, string entityId, TState initial, EntitySettings settings) : base(region, settings.PassivateAfter)
    {
        EntityId = entityId;
        PersistenceId = $"{region}-{entityId}";
        State = Persisted = initial;
        Settings = settings;

        Recover<SnapshotOffer>(offer =>
        {
            _offeredSnapshotSequenceNr = offer.Metadata.SequenceNr;
            if (offer.Snapshot is not TState snapshot)
            {
                HiveCounters.Record($"snapshot-skipped/{Region}");
                SnapshotFallback.Skip(PersistenceId, offer.Metadata.SequenceNr);
                throw new InvalidOperationException(
                    $"{PersistenceId}: snapshot at {offer.Metadata.SequenceNr} is a {offer.Snapshot?.GetType().Name ?? "null"}, not a {typeof(TState).Name}; " +
                    "the next start recovers without it");
            }
            State = Persisted = snapshot;
            _lastSnapshotSequenceNr = offer.Metadata.SequenceNr;
        });
        Recover<TEvent>(e => State = Persisted = State.Apply(e));

        Command<TCommand>(HandleCommand);
        Command<TQuery>(q => Sender.Tell(Answer(q)));
        // Keep the last two: if the newest cannot be read, the one before it still saves most of the replay.
        Command<SaveSnapshotSuccess>(s =>
        {
            if (_previousSnapshotSequenceNr > 0) DeleteSnapshots(new SnapshotSelectionCriteria(_previousSnapshotSequenceNr - 1));
            _previousSnapshotSequenceNr = s.Metadata.SequenceNr;
        });
        Command<SaveSnapshotFailure>(f => _log.Warning(f.Cause, "{0}: snapshot at {1} failed; recovery will replay more events", PersistenceId, f.Metadata.SequenceNr));
        Command<DeleteSnapshotsSuccess>(_ => { });
        Command<DeleteSnapshotsFailure>(f => _log.Warning(f.Cause, "{0}: deleting old snapshots failed", PersistenceId));
        Command<IdleTick>(_ => OnIdle());
        Command<PassivationStop>(_ => Context.Stop(Self));
        ConfigureCommands();
        CommandAny(OnUnknown);
    }

    public override string PersistenceId { get; }

    public override Recovery Recovery => SnapshotFallback.RecoveryFor(PersistenceId);

    /// <summary>Events between snapshots; an entity whose snapshot is large (an order group) takes them less often.</summary>
    protected virtual int SnapshotEvery => Settings.SnapshotEvery;

    protected string EntityId { get; }

    protected EntitySettings Settings { get; }

    /// <summary>The state as decided: it already includes events whose write is still in flight.</summary>
    protected TState State { get; private set; }

    /// <summary>The state as stored: what queries see and snapshots save.</summary>
    protected TState Persisted { get; private set; }

    /// <summary>The answer to a query: the stored state, or the part of it the query names.</summary>
    protected virtual object Answer(TQuery query) => Persisted;

    /// <summary>Whether the entity must look something up before it can decide this command (an order group asking the
    /// read side whether an id it forgot is a repeat). It then keeps the command with its sender and tells it to itself
    /// again once it knows.</summary>
    protected virtual bool Defers(TCommand command) => false;

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
        if (Defers(received)) return;
        var command = Prepare(received);
        var (decision, decided) = DecideSafely(command);
        var replyTo = Sender;
        if (decision.Rejection is { } rejection)
        {
            HiveCounters.Rejected(Region, rejection.Code);
            _log.Info("{0}: rejected {1}: {2}", PersistenceId, command.GetType().Name, rejection);
            AfterStored(() => Reply(replyTo, command, rejection, duplicate: false));
            return;
        }

        if (decision.Events.Count == 0)
        {
            AfterStored(() =>
            {
                Reply(replyTo, command, null, duplicate: true);
                AfterCommand(command, decision.Events);
            });
            return;
        }

        Record(decision.Events, decided, () =>
        {
            Reply(replyTo, command, null, duplicate: false);
            AfterCommand(command, decision.Events);
        });
    }

    /// <summary>The state's decision and the state after its events (which <see cref="Record"/> takes, so they are applied
    /// once): whatever throws (an arithmetic overflow on absurd
    /// numbers, a bug) becomes a refusal naming the command, so nothing unappliable is ever journaled.</summary>
    private (Decision<TEvent> Decision, TState Decided) DecideSafely(TCommand command)
    {
        try
        {
            var decision = State.Decide(command, DateTime.UtcNow);
            var decided = State;
            foreach (var e in decision.Events) decided = decided.Apply(e);
            return (decision, decided);
        }
        catch (Exception e) when (e is ArithmeticException or InvalidOperationException or ArgumentException or NullReferenceException
                                      or KeyNotFoundException or FormatException)
        {
            _log.Error(e, "{0}: {1} could not be decided", PersistenceId, command.GetType().Name);
            return (Decision<TEvent>.Reject(EntityRejections.CommandFailed,
                $"the {Region} entity '{EntityId}' could not take {command.GetType().Name}: {e.Message}"), State);
        }
    }

    /// <summary>An answer decided on state whose writes are still in flight waits for them (a repeat of an order must not
    /// be confirmed before the order itself is stored). Queued here rather than with <c>DeferAsync</c>: a deferral that
    /// reaches the journal alone makes Akka.Persistence.Sql write an empty batch, which it fails on ("Sequence contains no
    /// elements"), opening the journal's circuit breaker under load.</summary>
    private void AfterStored(Action answer)
    {
        if (State.Version == Persisted.Version) answer();
        else _afterWrites.Enqueue((State.Version, answer));
    }

    /// <summary>
    /// Folds the events into the decided state at once and writes them without stashing (group commit: the
    /// journal batches the writes of many commands), then runs <paramref name="then"/> when they are stored.
    /// Nothing leaves the entity before that: replies and sends happen in <paramref name="then"/>, so a failed
    /// write (which restarts the entity from its journal) never leaks an unstored decision; commands decided in
    /// the meantime see the decided state, and their writes follow in order, so they fail together.
    /// </summary>
    protected void Record(IReadOnlyList<TEvent> events, Action then) => Record(events, events.Aggregate(State, (s, e) => s.Apply(e)), then);

    private void Record(IReadOnlyList<TEvent> events, TState decided, Action then)
    {
        State = decided;
        var remaining = events.Count;
        var started = Stopwatch.GetTimestamp();
        PersistAllAsync(events, _ =>
        {
            if (--remaining > 0) return;
            HiveCounters.PersistTook(Region, Stopwatch.GetElapsedTime(started));
            // Writes complete in the order they were decided, so the stored state is now the one this decision made.
            Persisted = decided;
            HiveCounters.Persisted(Region, events.Count);
            then();
            while (_afterWrites.TryPeek(out var waiting) && waiting.Version <= Persisted.Version) _afterWrites.Dequeue().Answer();
            if (State.Version == Persisted.Version)
            {
                foreach (var change in _amendments) State = Persisted = change(Persisted);
                _amendments.Clear();
            }
            if (LastSequenceNr - _lastSnapshotSequenceNr >= SnapshotEvery)
            {
                _lastSnapshotSequenceNr = LastSequenceNr;
                SaveSnapshot(Persisted);
            }
        });
    }

    /// <summary>
    /// Changes the state outside the journal, for what the journal can always rebuild (an order group forgetting finished
    /// orders the read side holds). Applied to the decided and the stored state alike, at once when no write is in flight,
    /// else when the writes in flight are stored (a write completing sets the stored state to the one it decided).
    /// </summary>
    protected void Amend(Func<TState, TState> change)
    {
        if (State.Version == Persisted.Version) State = Persisted = change(Persisted);
        else _amendments.Add(change);
    }

    /// <summary>Whether nothing depends on the entity staying in memory; entities with in-memory duties add theirs.</summary>
    protected virtual bool CanPassivate => State.CanPassivate;

    private void OnIdle()
    {
        if (!IsIdle || !CanPassivate || State.Version != Persisted.Version) return;
        _log.Debug("{0}: idle for {1}, passivating", PersistenceId, Settings.PassivateAfter);
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
        if (LastSequenceNr == 0 && _offeredSnapshotSequenceNr == 0 && IsUnreadable(reason))
        {
            // Failed before any snapshot was offered or event replayed, on bytes that do not deserialize: the snapshot itself.
            HiveCounters.Record($"snapshot-skipped/{Region}");
            SnapshotFallback.SkipAll(PersistenceId);
        }
        HiveCounters.Record($"recovery-failure/{Region}");
        _log.Error(reason, "{0}: recovery failed; sharding restarts this entity after its restart backoff", PersistenceId);
        base.OnRecoveryFailure(reason, message);
    }

    private static bool IsUnreadable(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is System.Runtime.Serialization.SerializationException or System.Text.Json.JsonException or InvalidCastException) return true;
        return false;
    }

    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        HiveCounters.Record($"persist-failure/{Region}");
        _log.Error(cause, "{0}: persisting {1} failed; sharding restarts this entity after its restart backoff", PersistenceId, @event.GetType().Name);
        base.OnPersistFailure(cause, @event, sequenceNr);
    }
}
