using Hive.Actors.Hosting;
using Hive.Cluster.Node;
using Hive.TestSupport;

namespace Hive.Cluster.Tests;

public sealed class JournalIdentitySpecs : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hive-journal-id-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void One_sqlite_file_keeps_one_id_whatever_path_reaches_it_and_another_file_has_another()
    {
        var file = Path.Combine(_folder, "hive.db");
        var first = JournalIdentity.ReadOrCreate(TestNode.SqliteSettings(file));
        var again = JournalIdentity.ReadOrCreate(TestNode.SqliteSettings(Path.Combine(_folder, ".", "hive.db")));
        var other = JournalIdentity.ReadOrCreate(TestNode.SqliteSettings(Path.Combine(_folder, "other.db")));

        Assert.NotNull(first);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task Nodes_on_one_postgres_database_share_its_id_and_another_database_has_another()
    {
        var server = await PostgresServer.SharedAsync();
        var database = await server.CreateDatabaseAsync();
        var other = await server.CreateDatabaseAsync();

        var ids = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => JournalIdentity.ReadOrCreate(TestNode.PostgresSettings(database)))));
        var otherId = JournalIdentity.ReadOrCreate(TestNode.PostgresSettings(other));

        Assert.NotNull(ids[0]);
        Assert.All(ids, id => Assert.Equal(ids[0], id)); // three nodes starting together on a fresh database agree
        Assert.NotNull(otherId);
        Assert.NotEqual(ids[0], otherId);
    }

    [Fact]
    public void The_id_travels_as_a_role_and_members_without_one_have_no_journal()
    {
        Assert.Equal("abc", JournalIdentity.Of(["node", JournalIdentity.Role("abc")]));
        Assert.Null(JournalIdentity.Of(["lighthouse"]));
    }

    [Fact]
    public void An_unreachable_postgres_gives_no_id_instead_of_failing_start_up()
    {
        var settings = TestNode.PostgresSettings($"Host=127.0.0.1;Port={FreePort.Next()};Username=postgres;Database=none;Timeout=1");

        Assert.Null(JournalIdentity.ReadOrCreate(settings));
    }
}
