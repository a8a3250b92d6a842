using Hive.Actors.Hosting;
using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using System.Net.Http.Json;
using System.Text.Json;
using Hive.Cluster.Node;
using Hive.TestSupport;

namespace Hive.Cluster.Tests;

/// <summary>A real `hive node` (actor system, SQLite journal, Kestrel on a free port) shared by a test class.</summary>
public class NodeFixture : IAsyncLifetime
{
    private static readonly DateTime FirstBar = new(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc);
    private readonly ConcurrentDictionary<string, int> _barsPushed = new();
    private WebApplication? _app;

    public string DataDir { get; } = Directory.CreateTempSubdirectory("hive-node-").FullName;

    public NodeOptions Options { get; private set; } = new();

    public string Token { get; } = "test-token-" + Guid.NewGuid().ToString("N");

    /// <summary>A file holding <see cref="Token"/>, for `hive ctl --token-file` (keys are never command-line flags).</summary>
    public string TokenFile => WriteKeyFile(Path.Combine(DataDir, "bootstrap.key"), Token);

    /// <summary>Writes a key to a file (mode 0600) for `hive ctl --token-file`, answering its path.</summary>
    public static string WriteKeyFile(string path, string key)
    {
        if (!File.Exists(path)) File.WriteAllText(path, key);
        return path;
    }

    public HttpClient Http { get; private set; } = new();

    public string HttpAddress => $"127.0.0.1:{Options.HttpPort}";

    /// <summary>The node's HTTP base URL: https when it was started with a certificate.</summary>
    public string HttpUrl => $"{(string.IsNullOrWhiteSpace(Options.TlsCert) ? "http" : "https")}://{HttpAddress}/";

    /// <summary>The running node's services, for specs that watch a part of the node directly (the dashboard's hub).</summary>
    public IServiceProvider Services => _app!.Services;

    public virtual async Task InitializeAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            Options = new NodeOptions
            {
                DataDir = DataDir,
                Port = FreePort.Next(),
                HttpPort = FreePort.Next(),
                AdminToken = Token,
                ImportSamples = false,
            };
            Configure(Options);
            _app = NodeHost.Build(Options, NodeSettingsFactory.Create(Options), logging: l => l.SetMinimumLevel(LogLevel.Warning));
            try
            {
                await _app.StartAsync();
                break;
            }
            // A port FreePort found free can be taken by another socket (a client's ephemeral port) before the node binds it.
            catch (IOException e) when (attempt < 3 && e.Message.Contains("address already in use", StringComparison.Ordinal))
            {
                await _app.StopAsync();
                await _app.DisposeAsync();
            }
        }
        // No cookies: a spec that signs in (the route matrix posts /api/session) must not sign in every later request.
        Http = new HttpClient(CreateHandler()) { BaseAddress = new Uri(HttpUrl), Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await Http.GetAsync("health/ready")).StatusCode != System.Net.HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("node did not become ready within 60 s");
            await Task.Delay(200);
        }
    }

    /// <summary>The handler of <see cref="Http"/>; a fixture of a node serving HTTPS trusts its CA here.</summary>
    protected virtual SocketsHttpHandler CreateHandler() => new() { UseCookies = false };

    /// <summary>Lets a fixture of specs that need other settings change them before the node starts.</summary>
    protected virtual void Configure(NodeOptions options)
    {
    }

    /// <summary>Stops the node and starts it again on the same data directory (its journal), on fresh ports.</summary>
    public async Task RestartAsync()
    {
        Http.Dispose();
        await _app!.StopAsync();
        await _app.DisposeAsync();
        await InitializeAsync();
    }

    public HttpRequestMessage Post(string path, string body, bool withToken = true) =>
        Security.SecurityApi.With(withToken ? Token : null, HttpMethod.Post, path, body);

    public async Task<(int Status, JsonElement Body)> SendAsync(HttpRequestMessage request)
    {
        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>The open time of the next daily bar for an instrument: a venue ignores bars that are not newer than
    /// its last one, so the specs sharing this node share one clock per instrument.</summary>
    public DateTime NextBarOpen(string instrument) => FirstBar.AddDays(_barsPushed.AddOrUpdate(instrument, 0, (_, n) => n + 1));

    /// <summary>A GET with the bootstrap admin key, or with <paramref name="key"/> (null: none).</summary>
    public async Task<(int Status, JsonElement Body)> GetAsync(string path) => await GetAsync(path, Token);

    public async Task<(int Status, JsonElement Body)> GetAsync(string path, string? key) =>
        await SendAsync(Security.SecurityApi.With(key, HttpMethod.Get, path));

    /// <summary>Runs the real `hive` executable (a separate process), as a user would.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> HiveAsync(params string[] args) => RunHiveAsync(args);

    /// <summary>Runs the real `hive` executable with its output piped, COLUMNS=200 unless <paramref name="environment"/> says
    /// otherwise (null removes a variable); one still running after <paramref name="within"/> (default 60 s) is killed and
    /// fails the test.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunHiveAsync(string[] args, TimeSpan? within = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "hive.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["COLUMNS"] = "200";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var patience = within ?? TimeSpan.FromSeconds(60);
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"hive {string.Join(' ', args)} was still running after {patience.TotalSeconds:0} s; it printed:\n{await stdout}\n{await stderr}");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    public virtual async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try { Directory.Delete(DataDir, true); } catch (IOException) { }
    }
}
