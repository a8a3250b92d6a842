using Xunit.Abstractions;

namespace Hive.Actors.Tests.Persistence;

/// <summary>The snapshot store specs against Akka.Persistence.Sql on PostgreSQL, to show the specs ask what a journal must do.</summary>
public sealed class PostgresSqlSnapshotStoreSpecs(ITestOutputHelper output) : SnapshotStoreSpecs(PluginUnderTest.SqlPluginOnPostgres(), output);
