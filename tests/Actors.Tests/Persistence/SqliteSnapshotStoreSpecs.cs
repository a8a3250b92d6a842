using Xunit.Abstractions;

namespace Hive.Actors.Tests.Persistence;

/// <summary>The snapshot store specs against Hive's own SQLite journal.</summary>
public sealed class SqliteSnapshotStoreSpecs(ITestOutputHelper output) : SnapshotStoreSpecs(PluginUnderTest.HiveSqlite(), output);
