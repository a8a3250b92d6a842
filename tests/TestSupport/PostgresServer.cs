using Hive.Actors.Hosting;
using System.Diagnostics;
using Npgsql;

namespace Hive.TestSupport;

/// <summary>
/// A real PostgreSQL server for the tests: Debian's postgresql binaries, <c>initdb</c> into a temp
/// folder and <c>pg_ctl</c> on a free port (run as the <c>postgres</c> user when the tests run as
/// root, since initdb refuses root). One server per test run; each test takes its own database.
/// Set HIVE_TEST_POSTGRES to a connection string to use an existing server instead.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PostgresServer? _shared;
    private readonly string? _dataDir;
    private readonly string? _binDir;
    private int _databases;

    private PostgresServer(string adminConnectionString, string? dataDir, string? binDir)
    {
        AdminConnectionString = adminConnectionString;
        _dataDir = dataDir;
        _binDir = binDir;
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
                ? new PostgresServer(existing, null, null)
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
        var binDir = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (binDir is null)
            throw new InvalidOperationException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). Run ./test.sh, which installs Debian's postgresql package, or set HIVE_TEST_POSTGRES.");

        var dataDir = Directory.CreateTempSubdirectory("hive-pg-").FullName;
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", $"-R postgres:postgres {dataDir}");
        var port = FreePort.Next();
        Pg(binDir, asRoot, "initdb", $"-D {dataDir} -U postgres -A trust -E UTF8 --no-sync");
        Pg(binDir, asRoot, "pg_ctl", $"-D {dataDir} -l {dataDir}/server.log -w -t 60 -o \"-p {port} -k {dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300\" start");
        var cs = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=10";
        await using (var probe = new NpgsqlConnection(cs))
            await probe.OpenAsync();
        return new PostgresServer(cs, dataDir, binDir);
    }

    private void StopServer()
    {
        if (_dataDir is null || _binDir is null) return;
        try
        {
            Pg(_binDir, Environment.UserName == "root", "pg_ctl", $"-D {_dataDir} -m immediate -w stop");
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"PostgreSQL test server cleanup: {e.Message}");
        }
    }

    private static void Pg(string binDir, bool asRoot, string tool, string args)
    {
        var exe = Path.Combine(binDir, tool);
        if (asRoot) Run("runuser", $"-u postgres -- {exe} {args}");
        else Run(exe, args);
    }

    private static void Run(string file, string args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000)) throw new InvalidOperationException($"{file} {args} timed out");
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {args} failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
    }

    public ValueTask DisposeAsync()
    {
        StopServer();
        return ValueTask.CompletedTask;
    }
}
