using Hive.Actors.Hosting;
using System.Diagnostics;
using System.Text.Json;
using Hive.Cluster.Node;
using Hive.TestSupport;

namespace Hive.Cluster.Tests;

/// <summary>`hive node --log-format json` as a separate process: every line on stdout is a JSON object, and a line about an
/// entity carries its id as a field.</summary>
public sealed class JsonLogSpecs : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hive-jsonlog-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Every_log_line_is_json_and_an_account_refusal_names_the_account_as_a_field()
    {
        var httpPort = FreePort.Next();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "hive.dll"), "node", "--data-dir", _folder, "--port", $"{FreePort.Next()}",
                     "--http-port", $"{httpPort}", "--no-paper", "--log-format", "json",
                 })
            start.ArgumentList.Add(arg);
        start.Environment["HIVE__ADMINTOKEN"] = "json-log";
        var lines = new List<string>();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) lock (lines) lines.Add(line); };
        process.BeginOutputReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}/") };
            await Eventually.HoldsAsync(async () =>
            {
                try { return (await http.GetAsync("health/ready")).IsSuccessStatusCode; }
                catch (HttpRequestException) { return false; }
            }, "the node became ready", TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(250));
            using var deposit = new HttpRequestMessage(HttpMethod.Post, "api/accounts/JSONLOG-ACC/deposit")
            {
                Content = new StringContent("""{"transferId":"t1","currency":"USD","amount":5}"""),
            };
            deposit.Headers.Add(AdminToken.Header, "json-log");
            Assert.Equal(422, (int)(await http.SendAsync(deposit)).StatusCode);

            await Eventually.HoldsAsync(() => Task.FromResult(Snapshot(lines).Any(l => l.Contains("\"accountId\":\"JSONLOG-ACC\"", StringComparison.Ordinal))),
                "a log line with the account's id as a field");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var parsed = Snapshot(lines).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(parsed, line =>
        {
            Assert.Equal(JsonValueKind.Object, line.ValueKind);
            Assert.True(line.TryGetProperty("timestamp", out _) && line.TryGetProperty("level", out _) && line.TryGetProperty("message", out _), line.ToString());
        });
        var refusal = parsed.First(l => l.TryGetProperty("accountId", out var id) && id.GetString() == "JSONLOG-ACC");
        Assert.Contains("account-not-open", refusal.GetProperty("message").GetString());
        Assert.Contains(parsed, l => l.GetProperty("message").GetString() == "started" && l.TryGetProperty("address", out _));
    }

    private static List<string> Snapshot(List<string> lines)
    {
        lock (lines) return lines.ToList();
    }
}
