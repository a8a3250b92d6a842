using Xunit.Abstractions;

namespace Hive.Actors.Tests.Persistence;

/// <summary>The journal specs against Hive's own SQLite journal, and what only it does.</summary>
public sealed class SqliteJournalSpecs(ITestOutputHelper output) : JournalSpecs(PluginUnderTest.HiveSqlite(), output)
{
    [Fact]
    public void The_writer_checkpoints_the_WAL_into_the_database_file_beside_its_commits()
    {
        // The writer's connection never checkpoints (wal_autocheckpoint=0); without its background checkpoints the events
        // would stay in the WAL while the journal runs and the database file would keep its empty size.
        WriteEach("wal-first", 1, 1);
        var file = new FileInfo(Plugin.SqliteFile!);
        var emptySize = file.Length;
        for (var entity = 0; entity < 40; entity++) WriteEach($"wal-{entity}", 1, 100);

        AwaitCondition(() =>
        {
            file.Refresh();
            return file.Length >= emptySize + 200_000;
        }, TimeSpan.FromSeconds(10), $"the database file stayed near its empty size ({emptySize} bytes): the WAL was not checkpointed");
    }
}
