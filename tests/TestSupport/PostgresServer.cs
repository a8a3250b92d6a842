using Hive.Actors.Hosting;
using Npgsql;

namespace Hive.TestSupport;

/// <summary>
/// A real PostgreSQL server for the tests (a <see cref="LocalPostgresServer"/>: Debian's binaries, initdb into a temp
/// folder, pg_ctl on a free port). One server per test run; each test takes its own database.
/// Set HIVE_TEST_POSTGRES to a connection string to use an existing server instead.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PostgresServer? _shared;
    private readonly LocalPostgresServer? _server;
    private int _databases;

    private PostgresServer(string adminConnectionString, LocalPostgresServer? server)
    {
        AdminConnectionString = adminConnectionString;
        _server = server;
    }

    public string AdminConnectionString { get; }

    /// <summary>The server of this test run, started on first use and stopped at process exit.</summary>
    public static async Task<PostgresServer> SharedAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_shared is not null) return _shared;
            _shared = Environment.GetEnvironmentVariable("HIVE_TEST_POSTGRES") is { Length: > 0 } existing
                ? new PostgresServer(existing, null)
                : await StartAsync();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => _shared.StopServer();
            return _shared;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Creates a fresh, empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "hive")
    {
        var name = $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var server = LocalPostgresServer.Start();
        await using (var probe = new NpgsqlConnection(server.ConnectionString))
            await probe.OpenAsync();
        return new PostgresServer(server.ConnectionString, server);
    }

    private void StopServer() => _server?.Dispose();

    public ValueTask DisposeAsync()
    {
        StopServer();
        return ValueTask.CompletedTask;
    }
}
