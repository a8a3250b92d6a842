using Microsoft.Data.Sqlite;

namespace Hive.Actors.Hosting;

/// <summary>
/// Prepares the SQLite journal file before the actor system opens it: creates its folder and turns on
/// write-ahead logging. WAL is a property of the file (it sticks), lets readers (recovery, queries) run
/// beside the writer, and commits with one fsync instead of a rollback journal's several, which is
/// what makes persisting thousands of events a second possible on one file.
/// </summary>
public static class SqliteJournalFile
{
    public static void Prepare(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }
}
