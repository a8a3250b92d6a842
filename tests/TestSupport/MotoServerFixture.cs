using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Hive.Data.Storage;
using Xunit;

namespace Hive.TestSupport;

/// <summary>A real S3-compatible server for the tests: <c>python3 -m moto.server</c> on a free loopback port,
/// started once per test class, polled until it answers, killed on dispose.</summary>
public sealed class MotoServerFixture : IAsyncLifetime
{
    private readonly List<string> _cacheFolders = [];
    private Process? _process;

    public string Endpoint { get; private set; } = "";

    public S3Settings Settings => new(Endpoint, "us-east-1", "testing", "testing", ForcePathStyle: true);

    public async Task InitializeAsync()
    {
        var port = FreePort();
        Endpoint = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("python3", $"-m moto.server -H 127.0.0.1 -p {port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start python3 -m moto.server");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"moto.server exited with code {_process.ExitCode}; is moto installed (pip install 'moto[server]')?");
            try
            {
                var response = await http.GetAsync(Endpoint);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"moto.server did not answer on {Endpoint} within 60 s");
            await Task.Delay(200);
        }
    }

    public async Task<S3ObjectStore> NewBucketStoreAsync(string prefix = "lake")
    {
        var cache = Path.Combine(Path.GetTempPath(), "hive-data-tests", "s3-cache-" + Guid.NewGuid().ToString("N"));
        lock (_cacheFolders) _cacheFolders.Add(cache);
        var store = new S3ObjectStore("hive-" + Guid.NewGuid().ToString("N")[..12], prefix, Settings, cache);
        await store.CreateBucketIfMissingAsync();
        return store;
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        foreach (var cache in _cacheFolders.Where(Directory.Exists)) Directory.Delete(cache, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
