using Xunit.Abstractions;

namespace Hive.Actors.Tests.Persistence;

/// <summary>The query specs against Akka.Persistence.Sql on PostgreSQL, to show the specs ask what a journal must do.</summary>
public sealed class PostgresSqlQuerySpecs(ITestOutputHelper output) : QuerySpecs(PluginUnderTest.SqlPluginOnPostgres(), output);
