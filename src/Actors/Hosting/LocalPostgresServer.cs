using System.Diagnostics;

namespace Hive.Actors.Hosting;

/// <summary>
/// A temporary PostgreSQL server of this machine's Debian binaries, for the tests and for <c>hive drill --journal
/// postgres</c>: <c>initdb</c> into a fresh temp folder, <c>pg_ctl start</c> on a free loopback port. initdb refuses to
/// run as root, so as root every tool runs as the <c>postgres</c> user (<c>runuser</c>) and the folder is handed to it.
/// It can be stopped and started again on the same port (a database restart); disposing stops it and removes the folder.
/// </summary>
public sealed class LocalPostgresServer : IDisposable
{
    private readonly string _binDir;
    private readonly bool _asRoot;
    private int _removed;

    private LocalPostgresServer(string binDir, string dataDir, int port, bool asRoot)
    {
        _binDir = binDir;
        DataDir = dataDir;
        Port = port;
        _asRoot = asRoot;
    }

    public string DataDir { get; }

    public int Port { get; }

    public bool IsRunning { get; private set; }

    /// <summary>The superuser's connection string to the <c>postgres</c> database.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Timeout=10";

    /// <summary>The newest installed <c>/usr/lib/postgresql/*/bin</c> holding initdb, or null.</summary>
    public static string? InstalledBinDir() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;

    /// <summary>initdb into a new temp folder named <paramref name="folderPrefix"/>... and start; a server that fails to
    /// start is removed before the error is thrown.</summary>
    public static LocalPostgresServer Start(string folderPrefix = "hive-pg-")
    {
        var binDir = InstalledBinDir() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): install Debian's postgresql package");
        var dataDir = Directory.CreateTempSubdirectory(folderPrefix).FullName;
        var asRoot = Environment.UserName == "root";
        var server = new LocalPostgresServer(binDir, dataDir, FreePort.Next(), asRoot);
        try
        {
            if (asRoot) Run("chown", ["-R", "postgres:postgres", dataDir]);
            server.Pg("initdb", ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
            server.StartAgain();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary><c>pg_ctl start</c> on the same folder and port, waiting until it accepts connections.</summary>
    public void StartAgain()
    {
        Pg("pg_ctl", ["-D", DataDir, "-l", Path.Combine(DataDir, "server.log"), "-w", "-t", "60", "-o",
            $"-p {Port} -k {DataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300", "start"]);
        IsRunning = true;
    }

    /// <summary><c>pg_ctl stop -m <paramref name="mode"/></c>: <c>fast</c> cuts every client off and shuts down cleanly,
    /// <c>immediate</c> is a crash (recovery on the next start).</summary>
    public void Stop(string mode = "fast")
    {
        IsRunning = false;
        Pg("pg_ctl", ["-D", DataDir, "-m", mode, "-w", "-t", "60", "stop"]);
    }

    private void Pg(string tool, IReadOnlyList<string> args)
    {
        var exe = Path.Combine(_binDir, tool);
        if (_asRoot) Run("runuser", ["-u", "postgres", "--", exe, .. args]);
        else Run(exe, args);
    }

    private static void Run(string file, IReadOnlyList<string> args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} timed out");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
    }

    /// <summary>Stops the server if it may be running (immediate: nothing of it is kept) and removes its folder.</summary>
    public void Dispose()
    {
        // Once, also when the finally block and the process-exit hook race.
        if (Interlocked.Exchange(ref _removed, 1) == 1) return;
        try
        {
            // postmaster.pid: a server may run on the folder (also after a start that failed half-way).
            if (File.Exists(Path.Combine(DataDir, "postmaster.pid"))) Stop("immediate");
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"stopping the temporary PostgreSQL server in {DataDir}: {e.Message}");
        }
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"removing the temporary PostgreSQL folder {DataDir}: {e.Message}");
        }
    }
}
