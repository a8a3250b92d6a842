using Hive.Actors.Hosting;
using System.Text.Json;
using Hive.Cluster.Node;
using Hive.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hive.Cluster.Tests;

/// <summary>`hive node` refusing to start, or to stay, where it would run a cluster of its own: a busy port, or a journal
/// the rest of the cluster does not use. The refused node is a separate process, as a user starts it.</summary>
public sealed class NodeStartupSpecs(NodeFixture node) : IClassFixture<NodeFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hive-startup-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int ExitCode, string Stdout, string Stderr)> Node(params string[] args)
    {
        var config = Path.Combine(_folder, "appsettings.json");
        await File.WriteAllTextAsync(config, """{"Hive":{"ImportSamples":false,"Paper":false}}""");
        return await NodeFixture.RunHiveAsync(["node", "--config", config, .. args], TimeSpan.FromSeconds(45));
    }

    [Fact]
    public async Task A_node_on_a_remoting_port_another_node_listens_on_exits_with_a_message_naming_the_port()
    {
        var (exit, _, stderr) = await Node("--port", $"{node.Options.Port}", "--http-port", $"{FreePort.Next()}", "--data-dir", _folder);

        Assert.Equal(NodeRunner.PortInUse, exit);
        Assert.Contains($"remoting port {node.Options.Port} is already in use (another hive node?); pick another with --port", stderr);
    }

    [Fact]
    public async Task A_node_on_a_busy_http_port_exits_before_it_joins_anything()
    {
        var (exit, stdout, stderr) = await Node("--port", $"{FreePort.Next()}", "--http-port", $"{node.Options.HttpPort}", "--data-dir", _folder);

        Assert.Equal(NodeRunner.PortInUse, exit);
        Assert.Contains($"HTTP port {node.Options.HttpPort} is already in use (another hive node?); pick another with --http-port", stderr);
        Assert.DoesNotContain("Hive node akka.tcp://", stdout);
    }

    [Theory]
    [InlineData("--postgres", "Host=db;Username=hive;Password=hunter2;Database=hive", "--postgres holds a password")]
    [InlineData("--postgres", "Host=db;Nonsense Key=1", "--postgres is not a PostgreSQL connection string")]
    [InlineData("--postgres-file", "/nonexistent/hive-postgres.conn", "--postgres-file /nonexistent/hive-postgres.conn: no such file")]
    public async Task A_postgres_password_in_a_flag_or_a_missing_connection_file_stops_start_up_naming_it(string flag, string value, string message)
    {
        var (exit, _, stderr) = await Node("--port", $"{FreePort.Next()}", "--http-port", $"{FreePort.Next()}", "--data-dir", _folder, flag, value);

        Assert.Equal(2, exit);
        Assert.Contains($"hive node: {message}", stderr);
        Assert.DoesNotContain("hunter2", stderr);
    }

    [Fact]
    public async Task A_node_joining_with_its_own_sqlite_file_leaves_the_cluster_and_says_it_needs_one_journal()
    {
        var (exit, _, stderr) = await Node("--port", $"{FreePort.Next()}", "--http-port", $"{FreePort.Next()}", "--data-dir", _folder,
            "--seeds", $"127.0.0.1:{node.Options.Port}");

        Assert.Equal(NodeRunner.RefusedByCluster, exit);
        Assert.Contains($"SQLite {Path.Combine(_folder, "hive.db")}) is not the cluster's", stderr);
        Assert.Contains("--postgres", stderr);
        Assert.Contains("the same --data-dir", stderr);
        await Eventually.HoldsAsync(async () => (await MembersAsync()).Count == 1, "the refused node is removed from the cluster");
    }

    [Fact]
    public async Task A_second_node_on_the_same_data_dir_joins_and_stays_on_the_same_journal()
    {
        var options = new NodeOptions
        {
            DataDir = node.DataDir, Port = FreePort.Next(), HttpPort = FreePort.Next(), AdminToken = node.Token, ImportSamples = false,
            Seeds = $"127.0.0.1:{node.Options.Port}",
        };
        var second = NodeHost.Build(options, NodeSettingsFactory.Create(options), logging: l => l.SetMinimumLevel(LogLevel.Warning));
        await second.StartAsync();
        try
        {
            await Eventually.HoldsAsync(async () => (await MembersAsync()).Count(m => m.GetProperty("status").GetString() == "Up") == 2,
                "the second node is Up beside the first", TimeSpan.FromSeconds(30));
            // Time for the guard to have looked: it decides as soon as the node is welcomed.
            await Task.Delay(TimeSpan.FromSeconds(1));

            var members = await MembersAsync();
            Assert.Equal(2, members.Count);
            var journals = members.Select(m => JournalIdentity.Of(m.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!))).ToList();
            Assert.NotNull(journals[0]);
            Assert.Equal(journals[0], journals[1]);
            Assert.Null(second.Services.GetRequiredService<JournalGuard>().Refusal);
        }
        finally
        {
            await second.StopAsync();
            await second.DisposeAsync();
        }
    }

    private async Task<IReadOnlyList<JsonElement>> MembersAsync()
    {
        var (status, body) = await node.GetAsync("api/cluster/members");
        Assert.Equal(200, status);
        return body.GetProperty("members").EnumerateArray().ToList();
    }
}
