using Hive.Core.ReadModel;
using Npgsql;
using Xunit;
using Xunit.Abstractions;

namespace Hive.Actors.Tests.Persistence;

/// <summary>The query specs against Akka.Persistence.Sql on PostgreSQL, to show the specs ask what a journal must do.</summary>
public sealed class PostgresSqlQuerySpecs(ITestOutputHelper output) : QuerySpecs(PluginUnderTest.SqlPluginOnPostgres(), output)
{
    /// <summary>The plugin's EventsByTag statement in CSV tag mode, as PostgreSQL's statement statistics recorded it under the order bench.</summary>
    private const string PluginTagQuery = """
        SELECT r.ordering, r.created, r.deleted, r.persistence_id, r.sequence_number, r.message, r.tags, r.manifest, r.identifier, r.writer_uuid
        FROM journal r
        WHERE r.tags IS NOT NULL AND r.tags LIKE $1 ESCAPE $5 AND NOT r.deleted AND r.ordering > $2 AND r.ordering <= $3
        ORDER BY r.ordering
        LIMIT $4
        """;

    [Fact]
    public async Task A_reader_far_behind_reads_the_read_side_tag_through_its_index_not_the_whole_range()
    {
        Persist("a", new Coloured("red", 1)); // the journal's first write makes the index
        await using var db = new NpgsqlConnection(Plugin.Config.GetString("akka.persistence.journal.sql.connection-string"));
        await db.OpenAsync();
        // 100,000 rows, three in five tagged for the read side as the order path writes them, none analysed yet.
        await using (var bulk = new NpgsqlCommand("""
            INSERT INTO journal (deleted, persistence_id, sequence_number, created, tags, message)
            SELECT false, 'bulk', g, 0, CASE WHEN g % 5 < 3 THEN ';read-model;' ELSE '' END, '\x00'::bytea FROM generate_series(1, 100000) g
            """, db))
            await bulk.ExecuteNonQueryAsync();

        await using var explain = new NpgsqlCommand("EXPLAIN " + PluginTagQuery, db)
        {
            Parameters =
            {
                new NpgsqlParameter { Value = $"%;{ReadModelTags.Projected};%" }, new NpgsqlParameter { Value = 0L },
                new NpgsqlParameter { Value = 200_000L }, new NpgsqlParameter { Value = 500 }, new NpgsqlParameter { Value = "~" },
            },
        };
        var plan = new List<string>();
        await using (var rows = await explain.ExecuteReaderAsync())
            while (await rows.ReadAsync()) plan.Add(rows.GetString(0));

        // Without the index PostgreSQL took the tag's rows for one, read every row of the range and sorted them.
        Assert.Contains(plan, line => line.Contains("Index Scan using journal_tag_read_model"));
        Assert.DoesNotContain(plan, line => line.Contains("Sort"));
    }
}
