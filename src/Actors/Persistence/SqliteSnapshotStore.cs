using Akka.Actor;
using Akka.Configuration;
using Akka.Persistence;
using Akka.Persistence.Snapshot;
using Microsoft.Data.Sqlite;

namespace Hive.Actors.Persistence;

/// <summary>
/// Hive's SQLite snapshot store (plugin <c>akka.persistence.snapshot-store.sqlite</c>), in the journal's
/// file. Loads take pooled connections of their own; saves and deletes go through the file's one
/// <see cref="SqliteWriter"/>, in the same transactions as the journal's events. A snapshot that no longer deserializes
/// fails the load, so recovery reports it instead of silently starting from an older state.
/// </summary>
public sealed class SqliteSnapshotStore : SnapshotStore
{
    private const string Selection = """
        persistence_id = $pid AND sequence_nr BETWEEN $min_seq AND $max_seq AND timestamp BETWEEN $min_ts AND $max_ts
        """;

    private readonly ExtendedActorSystem _system;
    private readonly string _connectionString;
    private readonly SqliteWriter.Lease _writer;

    public SqliteSnapshotStore(Config config)
    {
        _system = (ExtendedActorSystem)Context.System;
        _connectionString = SqliteJournalSchema.EnsureFor(config);
        _writer = SqliteWriter.Acquire(_connectionString);
    }

    protected override Task<SelectedSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken) =>
        Task.Run(() =>
        {
            using var connection = SqliteJournalSchema.OpenForReading(_connectionString);
            using var command = Command(connection, $"""
                SELECT sequence_nr, timestamp, serializer_id, serializer_manifest, payload FROM snapshots
                WHERE {Selection} ORDER BY sequence_nr DESC LIMIT 1
                """, persistenceId, criteria);
            using var reader = command.ExecuteReader();
            if (!reader.Read()) return null;
            var payload = new StoredPayload(reader.GetInt32(2), reader.GetString(3), (byte[])reader[4]);
            var metadata = new SnapshotMetadata(persistenceId, reader.GetInt64(0), new DateTime(reader.GetInt64(1), DateTimeKind.Utc));
            return new SelectedSnapshot(metadata, payload.ToObject(_system));
        }, cancellationToken);

    protected override Task SaveAsync(SnapshotMetadata metadata, object snapshot, CancellationToken cancellationToken)
    {
        var payload = StoredPayload.From(_system, snapshot);
        return _writer.Writer.WriteAsync((connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT OR REPLACE INTO snapshots (persistence_id, sequence_nr, timestamp, serializer_id, serializer_manifest, payload)
                VALUES ($pid, $seq, $ts, $serializer, $manifest, $payload)
                """;
            command.Parameters.AddWithValue("$pid", metadata.PersistenceId);
            command.Parameters.AddWithValue("$seq", metadata.SequenceNr);
            command.Parameters.AddWithValue("$ts", metadata.Timestamp.ToUniversalTime().Ticks);
            command.Parameters.AddWithValue("$serializer", payload.SerializerId);
            command.Parameters.AddWithValue("$manifest", payload.Manifest);
            command.Parameters.AddWithValue("$payload", payload.Bytes);
            command.ExecuteNonQuery();
        });
    }

    protected override Task DeleteAsync(SnapshotMetadata metadata, CancellationToken cancellationToken) =>
        _writer.Writer.WriteAsync((connection, transaction) =>
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM snapshots WHERE persistence_id = $pid AND sequence_nr = $seq";
        command.Parameters.AddWithValue("$pid", metadata.PersistenceId);
        command.Parameters.AddWithValue("$seq", metadata.SequenceNr);
        command.ExecuteNonQuery();
    });

    protected override Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken) =>
        _writer.Writer.WriteAsync((connection, transaction) =>
    {
        using var command = Command(connection, $"DELETE FROM snapshots WHERE {Selection}", persistenceId, criteria);
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    });

    protected override void PostStop()
    {
        _writer.Dispose();
        base.PostStop();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string persistenceId, SnapshotSelectionCriteria criteria)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$pid", persistenceId);
        command.Parameters.AddWithValue("$min_seq", criteria.MinSequenceNr);
        command.Parameters.AddWithValue("$max_seq", criteria.MaxSequenceNr);
        command.Parameters.AddWithValue("$min_ts", (criteria.MinTimestamp ?? DateTime.MinValue).ToUniversalTime().Ticks);
        command.Parameters.AddWithValue("$max_ts", criteria.MaxTimeStamp.ToUniversalTime().Ticks);
        return command;
    }
}
