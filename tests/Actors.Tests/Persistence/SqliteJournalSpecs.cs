using Xunit.Abstractions;

namespace Hive.Actors.Tests.Persistence;

/// <summary>The journal specs against Hive's own SQLite journal.</summary>
public sealed class SqliteJournalSpecs(ITestOutputHelper output) : JournalSpecs(PluginUnderTest.HiveSqlite(), output);
