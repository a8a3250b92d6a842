using Hive.Cluster.Node;
using Hive.TestSupport;

namespace Hive.Cluster.Tests.Dashboard;

/// <summary>A node on a fresh PostgreSQL database (the tests' own server): its projection runs as the cluster's singleton.</summary>
public sealed class PostgresNodeFixture : NodeFixture
{
    private string _database = "";

    public override async Task InitializeAsync()
    {
        _database = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync("dashboard");
        await base.InitializeAsync();
    }

    protected override void Configure(NodeOptions options) => options.Postgres = _database;
}
