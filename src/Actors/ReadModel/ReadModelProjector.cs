using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Event;
using Akka.Persistence.Query;
using Akka.Streams;
using Akka.Streams.Dsl;
using Hive.Actors.Diagnostics;
using Hive.Core.Domain;
using Hive.Core.ReadModel;

namespace Hive.Actors.ReadModel;

/// <summary>
/// The projection: follows the journal's tag stream of the events the read side folds (<see cref="ReadModelTags"/>; EventsByTag,
/// live) from the offsets stored with the read tables and folds them in batches (<see cref="ReadModelStore.ApplyAsync"/>).
/// There must be exactly one per database: with PostgreSQL (every node shares the database) it runs as a cluster
/// singleton; with SQLite (each node its own file) one runs on every node. The stream restarts itself with backoff
/// after a failure, resuming from the stored offsets; a rebuild stops it, empties the tables and starts it from zero.
/// Each batch's rows are published as <see cref="ReadModelChanged"/> once written (on the node's event stream, or
/// cluster-wide when the projection is the cluster's singleton) for live watchers; publishing is a tell, so a slow
/// watcher never holds the projection back.
/// </summary>
public sealed class ReadModelProjector : ReceiveActor, IWithStash, IWithTimers
{
    private readonly ReadModelStore _store;
    private readonly string _readJournalPluginId;
    private readonly ReadModelSettings _settings;
    private readonly bool _publishClusterWide;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly List<IActorRef> _rebuildRequesters = [];
    private UniqueKillSwitch? _killSwitch;
    private TimeSpan _schemaBackoff;

    public ReadModelProjector(ReadModelStore store, string readJournalPluginId, ReadModelSettings settings, bool publishClusterWide)
    {
        _store = store;
        _readJournalPluginId = readJournalPluginId;
        _settings = settings;
        _publishClusterWide = publishClusterWide;
        _schemaBackoff = settings.MinBackoff;
        Starting();
    }

    public IStash Stash { get; set; } = null!;

    public ITimerScheduler Timers { get; set; } = null!;

    public static Props Props(ReadModelStore store, string readJournalPluginId, ReadModelSettings settings, bool publishClusterWide = false) =>
        Akka.Actor.Props.Create(() => new ReadModelProjector(store, readJournalPluginId, settings, publishClusterWide));

    protected override void PreStart() => Self.Tell(CreateSchema.Instance);

    protected override void PostStop() => _killSwitch?.Shutdown();

    private void Starting()
    {
        Receive<CreateSchema>(_ => _store.EnsureSchemaAsync().PipeTo(Self, success: () => SchemaReady.Instance, failure: e => new Failed(e)));
        Receive<SchemaReady>(_ =>
        {
            Run();
            Become(Running);
            Stash.UnstashAll();
        });
        Receive<Failed>(f =>
        {
            // The database may come up after the node (readiness says so meanwhile); keep trying, slower each time.
            _log.Warning(f.Cause, "read model: could not create the read tables; retrying in {0}", _schemaBackoff);
            Timers.StartSingleTimer("schema", CreateSchema.Instance, _schemaBackoff);
            _schemaBackoff = TimeSpan.FromTicks(Math.Min(_schemaBackoff.Ticks * 2, _settings.MaxBackoff.Ticks));
        });
        ReceiveAny(_ => Stash.Stash());
    }

    private void Running()
    {
        Receive<RebuildReadModel>(_ =>
        {
            _rebuildRequesters.Add(Sender);
            _log.Info("read model: rebuild requested; stopping the projection");
            var stopped = _stopped;
            _killSwitch?.Shutdown();
            stopped.PipeTo(Self, success: () => StreamStopped.Instance, failure: _ => StreamStopped.Instance);
            Timers.StartSingleTimer("rebuild", RebuildTimedOut.Instance, _settings.RebuildTimeout);
            Become(Rebuilding);
        });
    }

    private void Rebuilding()
    {
        Receive<RebuildReadModel>(_ => _rebuildRequesters.Add(Sender));
        Receive<StreamStopped>(_ => _store.RebuildAsync().PipeTo(Self, success: () => Truncated.Instance, failure: e => new Failed(e)));
        Receive<Truncated>(_ => FinishRebuild(new ReadModelRebuilt(DateTime.UtcNow)));
        Receive<Failed>(f =>
        {
            _log.Error(f.Cause, "read model: emptying the read tables failed; the projection goes on from its stored offsets");
            FinishRebuild(new ReadModelRebuilt(DateTime.UtcNow, $"emptying the read tables failed: {f.Cause.Message}"));
        });
        Receive<RebuildTimedOut>(_ =>
        {
            // The running batch did not finish (database stuck): the stream stays stopped only until the next try.
            _log.Warning("read model: the projection did not stop within {0}; rebuild abandoned", _settings.RebuildTimeout);
            FinishRebuild(new ReadModelRebuilt(DateTime.UtcNow, $"the projection did not stop within {_settings.RebuildTimeout.TotalSeconds:0} s"));
        });
        ReceiveAny(_ => Stash.Stash());
    }

    private void FinishRebuild(ReadModelRebuilt answer)
    {
        Timers.Cancel("rebuild");
        Run();
        foreach (var requester in _rebuildRequesters) requester.Tell(answer);
        _rebuildRequesters.Clear();
        Become(Running);
        Stash.UnstashAll();
    }

    private Task _stopped = Task.CompletedTask;

    private void Run()
    {
        var journal = PersistenceQuery.Get(Context.System).ReadJournalFor<IEventsByTagQuery>(_readJournalPluginId);
        var restart = RestartSettings.Create(_settings.MinBackoff, _settings.MaxBackoff, 0.2);
        var log = _log;
        var publish = Publisher();
        var (killSwitch, done) = RestartSource.OnFailuresWithBackoff(() => Source.FromTask(_store.OffsetsAsync())
                .ConcatMany(offsets => ReadModelTags.All
                    .Select(tag => journal.EventsByTag(tag, Offset.Sequence(offsets[tag])).Select(e => Projected(tag, e)))
                    .Aggregate((a, b) => a.Merge(b)))
                .GroupedWithin(_settings.BatchSize, _settings.BatchWindow)
                .SelectAsync(1, batch => ApplyAsync(batch.ToList(), log, publish)), restart)
            .ViaMaterialized(KillSwitches.Single<ReadModelChanges>(), Keep.Right)
            .ToMaterialized(Sink.Ignore<ReadModelChanges>(), Keep.Both)
            .Run(Context.System.Materializer());
        _killSwitch = killSwitch;
        _stopped = done;
    }

    /// <summary>Where a batch's rows go once written; captured here because the stream runs outside the actor.</summary>
    private Action<ReadModelChanged> Publisher()
    {
        if (!_publishClusterWide)
        {
            var stream = Context.System.EventStream;
            return changed => stream.Publish(changed);
        }
        var mediator = DistributedPubSub.Get(Context.System).Mediator;
        return changed => mediator.Tell(new Publish(ReadModelChanged.Topic, changed));
    }

    private async Task<ReadModelChanges> ApplyAsync(List<ProjectedEvent> batch, ILoggingAdapter log, Action<ReadModelChanged> publish)
    {
        try
        {
            var changes = await _store.ApplyAsync(batch);
            if (ReadModelChanged.Of(changes) is { } changed) publish(changed);
            HiveCounters.Record("projection/events-applied", changes.Applied);
            if (changes.Skipped > 0) HiveCounters.Record("projection/events-skipped", changes.Skipped);
            foreach (var (type, count) in changes.UnknownEvents)
                for (var i = 0; i < count; i++) HiveCounters.UnknownMessage("projection", type);
            return changes;
        }
        catch (Exception e)
        {
            HiveCounters.Record("projection/batch-failures");
            log.Error(e, "read model: a batch of {0} events failed; restarting from the stored offsets", batch.Count);
            throw;
        }
    }

    private static ProjectedEvent Projected(string tag, EventEnvelope e) =>
        new(tag, e.Offset is Sequence s ? s.Value : 0, e.PersistenceId, e.SequenceNr, e.Event,
            e.Event is IDomainEvent d ? d.RecordedAt : DateTime.UtcNow);

    private sealed record CreateSchema
    {
        public static readonly CreateSchema Instance = new();
    }

    private sealed record SchemaReady
    {
        public static readonly SchemaReady Instance = new();
    }

    private sealed record StreamStopped
    {
        public static readonly StreamStopped Instance = new();
    }

    private sealed record Truncated
    {
        public static readonly Truncated Instance = new();
    }

    private sealed record RebuildTimedOut
    {
        public static readonly RebuildTimedOut Instance = new();
    }

    private sealed record Failed(Exception Cause);
}
