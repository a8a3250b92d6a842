using Akka.Actor;
using Akka.Persistence.Query;
using Akka.Streams;
using Akka.Streams.Dsl;

namespace Hive.Cluster.Trading;

/// <summary>
/// Which entities of a region exist, read from the journal (persistence ids are <c>region-entityId</c>)
/// with a persistence query (the node's query plugin, <see cref="Actors.Hosting.HiveHocon.ReadJournalId"/>),
/// so the list is the cluster's, whichever node answers.
/// </summary>
public sealed class EntityDirectory(ActorSystem system, string readJournalId)
{
    public async Task<IReadOnlyList<string>> IdsAsync(string region, CancellationToken cancellationToken = default)
    {
        var journal = PersistenceQuery.Get(system).ReadJournalFor<ICurrentPersistenceIdsQuery>(readJournalId);
        var prefix = region + "-";
        var ids = await journal.CurrentPersistenceIds()
            .Where(id => id.StartsWith(prefix, StringComparison.Ordinal))
            .Select(id => id[prefix.Length..])
            .RunWith(Sink.Seq<string>(), system.Materializer());
        cancellationToken.ThrowIfCancellationRequested();
        return ids.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>An entity's state folded from its journal with the entity's own Apply, without waking the entity.</summary>
    public async Task<TState> FoldAsync<TState, TEvent>(string region, string entityId, TState initial, Func<TState, TEvent, TState> apply)
    {
        var journal = PersistenceQuery.Get(system).ReadJournalFor<ICurrentEventsByPersistenceIdQuery>(readJournalId);
        return await journal.CurrentEventsByPersistenceId($"{region}-{entityId}", 0, long.MaxValue)
            .RunAggregate(initial, (state, envelope) => envelope.Event is TEvent e ? apply(state, e) : state, system.Materializer());
    }
}
