using Xunit.Abstractions;

namespace Hive.Actors.Tests.Persistence;

/// <summary>The query specs against Hive's own SQLite journal.</summary>
public sealed class SqliteQuerySpecs(ITestOutputHelper output) : QuerySpecs(PluginUnderTest.HiveSqlite(), output);
