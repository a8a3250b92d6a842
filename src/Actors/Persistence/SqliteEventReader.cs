using Microsoft.Data.Sqlite;

namespace Hive.Actors.Persistence;

/// <summary>The journal's reads, shared by replay (the journal) and the persistence queries.</summary>
internal static class SqliteEventReader
{
    private const string Columns = "e.ordering, e.persistence_id, e.sequence_nr, e.timestamp, e.writer_uuid, e.event_manifest, " +
                                   "e.serializer_id, e.serializer_manifest, e.payload, e.tags";

    public static List<StoredEvent> ByPersistenceId(SqliteConnection connection, string persistenceId, long fromSequenceNr, long toSequenceNr, long max)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns} FROM events e
            WHERE e.persistence_id = $pid AND e.sequence_nr BETWEEN $from AND $to
            ORDER BY e.sequence_nr LIMIT $max
            """;
        command.Parameters.AddWithValue("$pid", persistenceId);
        command.Parameters.AddWithValue("$from", fromSequenceNr);
        command.Parameters.AddWithValue("$to", toSequenceNr);
        command.Parameters.AddWithValue("$max", max);
        return Read(command);
    }

    /// <summary>Events carrying the tag with an ordering strictly after <paramref name="afterOrdering"/>, oldest first.</summary>
    public static List<StoredEvent> ByTag(SqliteConnection connection, string tag, long afterOrdering, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns} FROM event_tags t JOIN events e ON e.ordering = t.ordering
            WHERE t.tag = $tag AND t.ordering > $after
            ORDER BY t.ordering LIMIT $limit
            """;
        command.Parameters.AddWithValue("$tag", tag);
        command.Parameters.AddWithValue("$after", afterOrdering);
        command.Parameters.AddWithValue("$limit", limit);
        return Read(command);
    }

    /// <summary>The highest sequence number ever written for the entity, deleted events included.</summary>
    public static long HighestSequenceNr(SqliteConnection connection, string persistenceId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT max(coalesce((SELECT max(sequence_nr) FROM events WHERE persistence_id = $pid), 0),
                       coalesce((SELECT sequence_nr FROM event_deletions WHERE persistence_id = $pid), 0))
            """;
        command.Parameters.AddWithValue("$pid", persistenceId);
        return (long)command.ExecuteScalar()!;
    }

    public static List<string> PersistenceIds(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT persistence_id FROM events ORDER BY persistence_id";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    private static List<StoredEvent> Read(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var events = new List<StoredEvent>();
        while (reader.Read())
        {
            var tags = reader.IsDBNull(9) ? [] : reader.GetString(9).Split(StoredEvent.TagSeparator);
            events.Add(new StoredEvent(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetString(4),
                reader.GetString(5), new StoredPayload(reader.GetInt32(6), reader.GetString(7), (byte[])reader[8]), tags));
        }

        return events;
    }
}
