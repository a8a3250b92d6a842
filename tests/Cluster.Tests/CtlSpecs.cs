using Hive.Actors.Hosting;
using System.Text.Json;
using Hive.Cluster.Ctl;
using Hive.TestSupport;

namespace Hive.Cluster.Tests;

/// <summary>`hive ctl` as a separate process against a real node.</summary>
public sealed class CtlSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private Task<(int ExitCode, string Stdout, string Stderr)> Ctl(params string[] args) =>
        NodeFixture.HiveAsync(["ctl", node.HttpAddress, .. args, "--token-file", node.TokenFile]);

    [Fact]
    public async Task Cluster_show_lists_the_node()
    {
        var (exit, stdout, stderr) = await Ctl("cluster", "show");

        Assert.True(exit == 0, stderr);
        Assert.Contains($"akka.tcp://hive@127.0.0.1:{node.Options.Port}", stdout);
        Assert.Contains("Up", stdout);
    }

    [Fact]
    public async Task Json_output_is_the_endpoint_answer()
    {
        var (exit, stdout, _) = await Ctl("cluster", "show", "--json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(1, doc.RootElement.GetProperty("members").GetArrayLength());
    }

    [Fact]
    public async Task Status_leader_and_sharding_commands_answer()
    {
        var status = await Ctl("cluster", "status");
        var leader = await Ctl("cluster", "leader");
        var regions = await Ctl("cluster", "sharding", "regions");
        var stats = await Ctl("cluster", "sharding", "region-stats", "account");

        Assert.Equal(0, status.ExitCode);
        Assert.Contains("is Up", status.Stdout);
        Assert.Contains($"127.0.0.1:{node.Options.Port}", leader.Stdout);
        Assert.Equal(0, regions.ExitCode);
        Assert.Contains("instrument", regions.Stdout);
        Assert.Equal(0, stats.ExitCode);
        Assert.Contains("region account", stats.Stdout);
    }

    [Fact]
    public async Task Actor_hierarchy_and_logs_are_readable_and_the_level_can_change()
    {
        var hierarchy = await Ctl("actor", "hierarchy", "-d", "2");
        var setLevel = await Ctl("log", "set-level", "debug");
        var badLevel = await Ctl("log", "set-level", "loud");
        var peek = await Ctl("log", "peek", "-n", "5");
        await Ctl("log", "set-level", "info");

        Assert.Equal(0, hierarchy.ExitCode);
        Assert.Contains("sharding", hierarchy.Stdout);
        Assert.Equal(0, setLevel.ExitCode);
        Assert.NotEqual(0, badLevel.ExitCode);
        Assert.Contains("invalid-log-level", badLevel.Stderr);
        Assert.Equal(0, peek.ExitCode);
        Assert.Contains("log level set to", peek.Stdout);
    }

    [Fact]
    public async Task A_wrong_token_is_refused_with_its_own_exit_code()
    {
        var (exit, _, stderr) = await NodeFixture.HiveAsync("ctl", node.HttpAddress, "cluster", "leader", "--token-file",
            NodeFixture.WriteKeyFile(Path.Combine(node.DataDir, "wrong.key"), "wrong"));

        Assert.Equal(CtlExit.Unauthorized, exit);
        Assert.Contains("API key", stderr);
    }

    [Fact]
    public async Task An_unreachable_node_and_an_unknown_command_fail_clearly()
    {
        var unreachable = await NodeFixture.HiveAsync("ctl", $"127.0.0.1:{FreePort.Next()}", "cluster", "show");
        var unknown = await Ctl("cluster", "explode");

        Assert.Equal(CtlExit.Unreachable, unreachable.ExitCode);
        Assert.Contains("cannot reach node", unreachable.Stderr);
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("explode", unknown.Stderr + unknown.Stdout);
    }
}
