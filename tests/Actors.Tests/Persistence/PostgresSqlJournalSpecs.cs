using Xunit.Abstractions;

namespace Hive.Actors.Tests.Persistence;

/// <summary>The journal specs against Akka.Persistence.Sql on PostgreSQL, to show the specs ask what a journal must do.</summary>
public sealed class PostgresSqlJournalSpecs(ITestOutputHelper output) : JournalSpecs(PluginUnderTest.SqlPluginOnPostgres(), output);
