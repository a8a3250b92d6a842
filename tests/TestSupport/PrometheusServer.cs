using Hive.Actors.Hosting;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hive.TestSupport;

/// <summary>
/// A real Prometheus server for the tests: Debian's <c>prometheus</c> binary (which <c>./test.sh</c> installs), on a free
/// port with its configuration and storage in a temp folder, scraping the given targets every second. The package may
/// also run its own service on 9090; this one is separate. Queries go through Prometheus' HTTP API.
/// </summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    public const string Binary = "/usr/bin/prometheus";
    private readonly Process _process;
    private readonly string _dir;

    private PrometheusServer(Process process, string dir, int port)
    {
        _process = process;
        _dir = dir;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Http { get; }

    /// <summary>Starts Prometheus scraping <paramref name="targets"/> (host:port, path /metrics) as job <c>hive</c>, with
    /// <paramref name="ruleFiles"/> loaded, and waits until it is ready.</summary>
    public static async Task<PrometheusServer> StartAsync(IEnumerable<string> targets, IEnumerable<string>? ruleFiles = null)
    {
        if (!File.Exists(Binary))
            throw new InvalidOperationException($"Prometheus is not installed ({Binary} missing). Run ./test.sh, which installs Debian's prometheus package.");
        var dir = Directory.CreateTempSubdirectory("hive-prometheus-").FullName;
        var port = FreePort.Next();
        var rules = ruleFiles?.ToList() ?? [];
        await File.WriteAllTextAsync(Path.Combine(dir, "prometheus.yml"), $"""
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            rule_files: [{string.Join(", ", rules.Select(r => $"'{r}'"))}]
            scrape_configs:
              - job_name: hive
                static_configs:
                  - targets: [{string.Join(", ", targets.Select(t => $"'{t}'"))}]
            """);
        var start = new ProcessStartInfo(Binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     $"--config.file={dir}/prometheus.yml", $"--storage.tsdb.path={dir}/data", $"--web.listen-address=127.0.0.1:{port}",
                     "--storage.tsdb.retention.time=1h", "--log.level=warn",
                 })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start prometheus");
        var log = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new PrometheusServer(process, dir, port);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"prometheus exited with {process.ExitCode}: {log}");
            try
            {
                if ((await server.Http.GetAsync("-/ready")).IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException)
            {
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"prometheus was not ready within 30 s: {log}");
            await Task.Delay(200);
        }
    }

    /// <summary>Runs an instant query; answers the HTTP status and Prometheus' JSON reply
    /// (<c>status</c>, <c>data.result</c> or <c>error</c>).</summary>
    public async Task<(int Status, JsonElement Reply)> QueryAsync(string promql)
    {
        var response = await Http.GetAsync($"api/v1/query?query={Uri.EscapeDataString(promql)}");
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>The instant vector a query answers: each series' labels and value.</summary>
    public async Task<IReadOnlyList<(IReadOnlyDictionary<string, string> Labels, double Value)>> VectorAsync(string promql)
    {
        var (status, reply) = await QueryAsync(promql);
        if (status != 200) throw new InvalidOperationException($"query {promql} answered {status}: {reply}");
        return reply.GetProperty("data").GetProperty("result").EnumerateArray()
            .Select(r => ((IReadOnlyDictionary<string, string>)r.GetProperty("metric").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
                double.Parse(r.GetProperty("value")[1].GetString()!, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>Every metric name Prometheus has stored from its scrapes (its own <c>up</c> and <c>scrape_*</c> series included).</summary>
    public async Task<IReadOnlySet<string>> MetricNamesAsync()
    {
        var reply = await Http.GetFromJsonAsync<JsonElement>("api/v1/label/__name__/values");
        return reply.GetProperty("data").EnumerateArray().Select(n => n.GetString()!).ToHashSet();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
