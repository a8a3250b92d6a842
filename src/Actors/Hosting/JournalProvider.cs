namespace Hive.Actors.Hosting;

public enum JournalProvider
{
    Sqlite,
    PostgreSql,
}
