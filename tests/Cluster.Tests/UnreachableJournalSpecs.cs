using Hive.Actors.Hosting;
using Hive.Cluster.Node;
using Hive.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Hive.Cluster.Tests;

public sealed class UnreachableJournalSpecs
{
    [Fact]
    public async Task A_node_whose_journal_is_down_stays_up_and_reports_not_ready()
    {
        var dir = Directory.CreateTempSubdirectory("hive-dead-journal-").FullName;
        var options = new NodeOptions
        {
            DataDir = dir, Port = FreePort.Next(), HttpPort = FreePort.Next(), ImportSamples = false, AdminToken = "t",
            Postgres = $"Host=127.0.0.1;Port={FreePort.Next()};Username=postgres;Database=none;Timeout=1",
        };
        var app = NodeHost.Build(options, NodeSettingsFactory.Create(options), logging: l => l.SetMinimumLevel(LogLevel.Critical));
        await app.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{options.HttpPort}/") };
            System.Text.Json.JsonElement report = default;
            var deadline = DateTime.UtcNow.AddSeconds(30);
            do
            {
                await Task.Delay(500);
                var response = await http.GetAsync("health/ready");
                Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
                report = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            }
            while (report.GetProperty("memberStatus").GetString() != "Up" && DateTime.UtcNow < deadline);

            Assert.Equal("Up", report.GetProperty("memberStatus").GetString());
            Assert.False(report.GetProperty("journalReachable").GetBoolean());
            Assert.Contains("PostgreSql unreachable", report.GetProperty("detail").GetString());
            Assert.True((await http.GetAsync("health/live")).IsSuccessStatusCode);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(dir, true);
        }
    }
}
