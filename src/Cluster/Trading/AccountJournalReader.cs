using Akka.Actor;
using Akka.Persistence.Query;
using Akka.Streams;
using Akka.Streams.Dsl;
using Hive.Actors.Entities;
using Hive.Core.Accounts;
using Hive.Core.Ids;

namespace Hive.Cluster.Trading;

/// <summary>
/// An account's own journal (<c>account-{id}</c>), oldest event first, read without starting the entity: what a statement
/// folds. The read side keeps only an account's opening (balances are the live entity's), so dated deposits and each booked
/// fill with its cash exist only here. A statement reads the account's whole history; it is an occasional report, not a
/// page the dashboard polls.
/// </summary>
public sealed class AccountJournalReader(ActorSystem system, string readJournalPluginId)
{
    public async Task<IReadOnlyList<IAccountEvent>> EventsAsync(AccountId account, CancellationToken ct)
    {
        var journal = PersistenceQuery.Get(system).ReadJournalFor<ICurrentEventsByPersistenceIdQuery>(readJournalPluginId);
        var events = await journal.CurrentEventsByPersistenceId($"{RegionNames.Account}-{account.Value}", 0, long.MaxValue)
            .Select(e => e.Event).RunWith(Sink.Seq<object>(), system.Materializer()).WaitAsync(ct);
        return events.OfType<IAccountEvent>().ToList();
    }
}
