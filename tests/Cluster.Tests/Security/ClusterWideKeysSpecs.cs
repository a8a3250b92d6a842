using Hive.Cluster.Security;
using System.Diagnostics;
using Hive.Actors.Hosting;
using Hive.Cluster.Node;
using Hive.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Hive.Cluster.Tests.Security;

/// <summary>Two nodes of one cluster: a user added on one can use its key on the other, and a revoke on one stops the key on
/// the other within about a second (the directory entity publishes, each node's cache follows).</summary>
public sealed class ClusterWideKeysSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    [Fact]
    public async Task A_key_added_on_one_node_works_on_the_other_and_a_revoke_reaches_it_within_the_followers_refresh()
    {
        var options = new NodeOptions
        {
            DataDir = node.DataDir, Port = FreePort.Next(), HttpPort = FreePort.Next(), AdminToken = node.Token, ImportSamples = false, Paper = false,
            Seeds = $"127.0.0.1:{node.Options.Port}",
        };
        var second = NodeHost.Build(options, NodeSettingsFactory.Create(options), logging: l => l.SetMinimumLevel(LogLevel.Warning));
        await second.StartAsync();
        using var other = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{options.HttpPort}/") };
        try
        {
            await Eventually.HoldsAsync(async () => (await node.GetAsync("api/cluster/members")).Body.GetProperty("members").EnumerateArray()
                .Count(m => m.GetProperty("status").GetString() == "Up") == 2, "the second node is Up", TimeSpan.FromSeconds(30));
            var key = await new SecurityApi(node).AddUserAsync("roaming", "viewer", "ROAM-1");
            async Task<int> StatusOnSecondAsync()
            {
                using var request = SecurityApi.With(key, HttpMethod.Get, "api/cluster/members");
                using var response = await other.SendAsync(request);
                return (int)response.StatusCode;
            }
            await Eventually.HoldsAsync(async () => await StatusOnSecondAsync() == 200, "the new key works on the second node", TimeSpan.FromSeconds(15));

            TradingApi.Accepted(await node.SendAsync(SecurityApi.With(node.Token, HttpMethod.Post, "api/admin/users/roaming/revoke")));
            var clock = Stopwatch.StartNew();
            await Eventually.HoldsAsync(async () => await StatusOnSecondAsync() == 401, "the revoked key is refused on the second node", TimeSpan.FromSeconds(15));

            // The directory's publish usually brings it within a second (this spec alone: under 2 s); in the full suite it has
            // been seen to arrive only with the follower's periodic read, which is the bound every node is held to.
            Assert.True(clock.Elapsed < UserDirectoryFollower.RefreshEvery + TimeSpan.FromSeconds(3),
                $"the revoke took {clock.Elapsed.TotalMilliseconds:N0} ms to reach the second node");
        }
        finally
        {
            await second.StopAsync();
            await second.DisposeAsync();
        }
    }
}
