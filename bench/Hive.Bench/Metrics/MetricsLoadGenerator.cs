using Hive.Actors.Hosting;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Hive.Cluster.Node;
using Hive.TestSupport;
using Microsoft.Extensions.Logging;

namespace Hive.Bench.Metrics;

/// <summary>
/// `dotnet run -c Release --project bench/Hive.Bench -- metrics [--scrapes N] [--accounts N]`: the time of one
/// <c>GET /metrics</c> on a one-node SQLite cluster whose regions host entities and whose configuration lists N accounts
/// (each asked for its equity and trading state on every scrape), one scrape at a time over HTTP after a warm-up.
/// </summary>
public static class MetricsLoadGenerator
{
    public static async Task<int> RunAsync(string[] args)
    {
        var scrapes = 500;
        var accounts = 5;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--scrapes" when i + 1 < args.Length: scrapes = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--accounts" when i + 1 < args.Length: accounts = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; use --scrapes N --accounts N");
                    return 2;
            }
        }
        var dataDir = Directory.CreateTempSubdirectory("hive-bench-metrics-").FullName;
        var ids = Enumerable.Range(1, accounts).Select(i => $"bench-{i}").ToList();
        var options = new NodeOptions
        {
            DataDir = dataDir, Port = FreePort.Next(), HttpPort = FreePort.Next(), AdminToken = "bench", ImportSamples = false, Paper = false,
            MetricsAccounts = string.Join(',', ids),
        };
        var app = NodeHost.Build(options, NodeSettingsFactory.Create(options), logging: l => l.SetMinimumLevel(LogLevel.Warning));
        await app.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{options.HttpPort}/") };
            while (!(await http.GetAsync("health/ready")).IsSuccessStatusCode) await Task.Delay(200);
            foreach (var id in ids)
            {
                using var open = new HttpRequestMessage(HttpMethod.Post, $"api/accounts/{id}/open") { Content = new StringContent("""{"type":"cash"}""", Encoding.UTF8, "application/json") };
                open.Headers.Add(AdminToken.Header, "bench");
                (await http.SendAsync(open)).EnsureSuccessStatusCode();
            }
            // The accounts are on the read side once projected; until then a scrape skips them.
            await Task.Delay(TimeSpan.FromSeconds(2));
            long bytes = 0;
            for (var i = 0; i < 50; i++) bytes = (await http.GetByteArrayAsync("metrics")).Length;
            var times = new List<double>(scrapes);
            for (var i = 0; i < scrapes; i++)
            {
                var started = Stopwatch.GetTimestamp();
                bytes = (await http.GetByteArrayAsync("metrics")).Length;
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"GET /metrics, {accounts} configured accounts, {scrapes} scrapes: p50 {times[times.Count / 2]:0.00} ms, " +
                              $"p99 {times[(int)(times.Count * 0.99)]:0.00} ms, mean {times.Average():0.00} ms, {bytes / 1024.0:0} KB per scrape");
            return 0;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            try { Directory.Delete(dataDir, true); } catch (IOException) { }
        }
    }
}
