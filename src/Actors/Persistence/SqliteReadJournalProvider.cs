using Akka.Actor;
using Akka.Configuration;
using Akka.Persistence.Query;

namespace Hive.Actors.Persistence;

/// <summary>Query plugin <c>akka.persistence.query.journal.sqlite</c>: persistence queries over Hive's SQLite journal.</summary>
public sealed class SqliteReadJournalProvider(ExtendedActorSystem system, Config config) : IReadJournalProvider
{
    public IReadJournal GetReadJournal() => new SqliteReadJournal(system, config);
}
