using Akka.Actor;
using Akka.Persistence.Query;
using Akka.Streams;
using Akka.Streams.Dsl;

namespace Hive.Cluster.Trading;

/// <summary>
/// One entity's own journal (<c>{region}-{id}</c>), oldest event first, read without starting the entity: what an account
/// statement folds, and an order's lifecycle (from its order group's journal, the group's other orders' events left out). The read side keeps only an account's opening (balances are the live entity's)
/// and an order's latest row, so dated deposits, each booked fill with its cash and each step of an order exist only here.
/// A report reads the entity's whole history each time: fine for an occasional report, not for a page that polls.
/// </summary>
public sealed class EntityJournalReader(ActorSystem system, string readJournalPluginId)
{
    public async Task<IReadOnlyList<TEvent>> EventsAsync<TEvent>(string region, string entityId, CancellationToken ct)
    {
        var journal = PersistenceQuery.Get(system).ReadJournalFor<ICurrentEventsByPersistenceIdQuery>(readJournalPluginId);
        var events = await journal.CurrentEventsByPersistenceId($"{region}-{entityId}", 0, long.MaxValue)
            .Select(e => e.Event).RunWith(Sink.Seq<object>(), system.Materializer()).WaitAsync(ct);
        return events.OfType<TEvent>().ToList();
    }
}
