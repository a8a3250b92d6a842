using Hive.Actors.Hosting;
using Hive.Cluster.Node;
using Microsoft.Extensions.Logging;
using Hive.TestSupport;

namespace Hive.Cluster.Tests.Metrics;

/// <summary>A scrape while the node starts or stops answers 200 (or finds no server), never 500.</summary>
public sealed class MetricsLifecycleSpecs
{
    [Fact]
    public async Task Scrapes_during_start_up_and_shutdown_answer_200()
    {
        var dataDir = Directory.CreateTempSubdirectory("hive-metrics-").FullName;
        var options = new NodeOptions { DataDir = dataDir, Port = FreePort.Next(), HttpPort = FreePort.Next(), AdminToken = "t", ImportSamples = false };
        var app = NodeHost.Build(options, NodeSettingsFactory.Create(options), logging: l => l.SetMinimumLevel(LogLevel.Warning));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{options.HttpPort}/"), Timeout = TimeSpan.FromSeconds(10) };
        var answers = new List<int>();
        using var stop = new CancellationTokenSource();
        var scraping = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var response = await http.GetAsync("metrics");
                    lock (answers) answers.Add((int)response.StatusCode);
                }
                catch (HttpRequestException)
                {
                    // No server yet, or no longer: that is an answer from the network, not from the node.
                }
                catch (TaskCanceledException)
                {
                }
            }
        });
        try
        {
            await app.StartAsync();
            await Eventually.HoldsAsync(async () => (await http.GetAsync("health/ready")).IsSuccessStatusCode, "the node became ready", TimeSpan.FromSeconds(60));
            await Eventually.HoldsAsync(() => Task.FromResult(Count(answers) >= 3), "scrapes answered while the node started");
            var beforeStop = Count(answers);
            await app.StopAsync();
            await Eventually.HoldsAsync(() => Task.FromResult(Count(answers) > beforeStop), "a scrape answered around shutdown");
        }
        finally
        {
            await stop.CancelAsync();
            await scraping;
            await app.DisposeAsync();
            try { Directory.Delete(dataDir, true); } catch (IOException) { }
        }

        lock (answers) Assert.All(answers, status => Assert.Equal(200, status));
    }

    private static int Count(List<int> answers)
    {
        lock (answers) return answers.Count;
    }
}
