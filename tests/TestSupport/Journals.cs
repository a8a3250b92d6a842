using Hive.Actors.Hosting;

namespace Hive.TestSupport;

/// <summary>Node settings on a fresh journal of either kind, for tests that run against both.</summary>
public static class Journals
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static TheoryDataBoth Both => new();

    public static async Task<HiveNodeSettings> FreshAsync(string kind, string tempDir) => kind switch
    {
        Sqlite => TestNode.SqliteSettings(Path.Combine(tempDir, $"hive-{Guid.NewGuid():N}.db")),
        Postgres => TestNode.PostgresSettings(await (await PostgresServer.SharedAsync()).CreateDatabaseAsync()),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "sqlite or postgres"),
    };

    public sealed class TheoryDataBoth : Xunit.TheoryData<string>
    {
        public TheoryDataBoth()
        {
            Add(Sqlite);
            Add(Postgres);
        }
    }
}
