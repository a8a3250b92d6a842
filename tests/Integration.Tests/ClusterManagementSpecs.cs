using System.Text.Json;
using Hive.Actors.Hosting;
using Hive.Cluster.Ctl;
using Hive.Cluster.Drills;
using Hive.Cluster.Tests;
using Hive.Core.Drills;

namespace Hive.Integration.Tests;

/// <summary>
/// The cluster management surface on real <c>hive node</c> processes: each <c>hive ctl cluster ...</c> command is run as a
/// user would (the command tree in-process, against the nodes' HTTP ports), its exit code and words checked, and then the
/// cluster's state through the HTTP API: a node joins and comes Up, leaves and hands its accounts over, a killed node is
/// downed by address or with every unreachable member, the event stream shows a member coming and going, and the shard
/// statistics, each node's local entities and the counters agree with what was done.
/// </summary>
public sealed class ClusterManagementSpecs(ManagedCluster cluster) : IClassFixture<ManagedCluster>
{
    private const string Account = "account";

    [Fact]
    public async Task A_node_whose_seed_is_not_there_joins_when_told_and_when_told_to_leave_hands_its_accounts_to_the_others_and_exits()
    {
        var seed = cluster.Core[0];
        var node = cluster.Nodes.Add(seeds: $"127.0.0.1:{FreePort.Next()}");
        await ManagedCluster.WaitAsync(async () => (await node.Http.GetAsync("health/live")).IsSuccessStatusCode, $"{node.Name} answering HTTP");
        Assert.DoesNotContain(node.Address, (await ManagedCluster.MembersAsync(seed)).Keys);

        var join = await Ctl(node, "cluster", "join", $"{seed.Host}:{seed.Port}");

        Assert.True(join.ExitCode == CtlExit.Ok, join.Stderr);
        Assert.Contains($"joining: {seed.Address}", join.Stdout);
        await WaitForStatusAsync(node, "Up");
        await node.WaitReadyAsync(ManagedCluster.Patience, CancellationToken.None);
        var hosted = await AccountsHostedByAsync(node);

        var leave = await Ctl(cluster.Core[1], "cluster", "leave", node.Address);

        Assert.True(leave.ExitCode == CtlExit.Ok, leave.Stderr);
        Assert.Contains($"leaving: {node.Address}", leave.Stdout);
        await WaitForRemovalAsync(node);
        // A member that has left is removed, and its process ends by itself (an actor system cannot join again).
        Assert.True(node.WaitForExit(ManagedCluster.Patience), $"{node.Name} still runs a minute after it was removed; see {node.Log}");
        await ServedByTheOthersAsync(hosted, node);
    }

    [Fact]
    public async Task Down_of_a_killed_node_lets_the_cluster_move_its_accounts_and_down_or_leave_of_no_member_is_refused()
    {
        var victim = await StartMemberAsync();
        var hosted = await AccountsHostedByAsync(victim);

        victim.Kill();
        await WaitForStatusAsync(victim, "Up", reachable: false);
        var stranger = await Ctl(cluster.Core[0], "cluster", "down", "127.0.0.1:1");
        var strangerLeaves = await Ctl(cluster.Core[0], "cluster", "leave", "127.0.0.1:1");
        var malformed = await Ctl(cluster.Core[0], "cluster", "down", "127.0.0.1:port");
        // The resolver's stable-after is an hour: only the operator moves the cluster on.
        Assert.Equal(("Up", false), (await ManagedCluster.MembersAsync(cluster.Core[0]))[victim.Address]);
        var down = await Ctl(cluster.Core[1], "cluster", "down", $"{victim.Host}:{victim.Port}");

        Assert.Equal(CtlExit.Failed, stranger.ExitCode);
        Assert.Contains("answered 404: akka.tcp://hive@127.0.0.1:1 is not a member of this cluster", stranger.Stderr);
        Assert.Contains("(not-a-member)", stranger.Stderr);
        Assert.Equal(CtlExit.Failed, strangerLeaves.ExitCode);
        Assert.Contains("(not-a-member)", strangerLeaves.Stderr);
        Assert.Equal(CtlExit.Failed, malformed.ExitCode);
        Assert.Contains("(invalid-address)", malformed.Stderr);
        Assert.True(down.ExitCode == CtlExit.Ok, down.Stderr);
        Assert.Contains($"downed: {victim.Address}", down.Stdout);
        await WaitForRemovalAsync(victim);
        await ServedByTheOthersAsync(hosted, victim);
    }

    [Fact]
    public async Task Down_unreachable_downs_each_unreachable_member_and_none_while_all_are_reachable()
    {
        var none = await Ctl(cluster.Core[0], "cluster", "down-unreachable");
        var victim = await StartMemberAsync();

        victim.Kill();
        await WaitForStatusAsync(victim, "Up", reachable: false);
        // Asked of the node that saw it unreachable: each member keeps its own view of reachability.
        var down = await Ctl(cluster.Core[0], "cluster", "down-unreachable");

        Assert.True(none.ExitCode == CtlExit.Ok, none.Stderr);
        Assert.Contains("downed: []", none.Stdout);
        Assert.True(down.ExitCode == CtlExit.Ok, down.Stderr);
        Assert.Contains($"downed: [\"{victim.Address}\"]", down.Stdout);
        await WaitForRemovalAsync(victim);
    }

    [Fact]
    public async Task Tail_streams_a_member_coming_up_and_leaving_until_it_is_cancelled()
    {
        var text = new StringWriter();
        var output = TextWriter.Synchronized(text);
        string Seen()
        {
            lock (output) return text.ToString();
        }
        using var stop = new CancellationTokenSource();
        var tail = InProcessHive.RunAsync(CtlArgs(cluster.Core[0], "cluster", "tail"), output, stop.Token);
        // The current members come first: then the feed is subscribed.
        await ManagedCluster.WaitAsync(() => Task.FromResult(HasEvent(Seen(), "MemberUp", cluster.Core[0].Address, "Up")),
            "tail printing the current members", Seen);

        var node = cluster.Nodes.Add();
        await ManagedCluster.WaitAsync(() => Task.FromResult(HasEvent(Seen(), "MemberUp", node.Address, "Up")), $"tail printing {node.Name} Up", Seen);
        node.Terminate();
        await ManagedCluster.WaitAsync(() => Task.FromResult(HasEvent(Seen(), "MemberRemoved", node.Address, "Removed")),
            $"tail printing {node.Name} removed", Seen);
        Assert.False(tail.IsCompleted, "tail ended before it was cancelled");
        await stop.CancelAsync();
        var (exit, stderr) = await tail.WaitAsync(ManagedCluster.Patience);

        Assert.True(exit == CtlExit.Ok, stderr);
        Assert.True(node.WaitForExit(ManagedCluster.Patience), $"{node.Name} still runs a minute after SIGTERM; see {node.Log}");
    }

    [Fact]
    public async Task Region_stats_counts_each_account_once_on_the_node_whose_local_endpoint_lists_it()
    {
        JsonElement stats = default;
        Dictionary<string, IReadOnlyList<string>> local = [];
        string? last = null;
        // Counted when no node of another spec is left and no shard is moving: each node's entities in the statistics are
        // the ones its own endpoint lists.
        await ManagedCluster.WaitAsync(async () =>
        {
            var (exit, stdout, stderr) = await Ctl(cluster.Core[0], "cluster", "sharding", "region-stats", Account, "--json");
            last = exit == CtlExit.Ok ? stdout : stderr;
            if (exit != CtlExit.Ok) return false;
            stats = JsonDocument.Parse(stdout).RootElement.Clone();
            local = [];
            foreach (var node in cluster.Core) local[node.Address] = await node.HostedAsync(Account, CancellationToken.None);
            var counted = stats.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("address").GetString()!, n => n.GetProperty("entities").GetInt32());
            return counted.Keys.Order().SequenceEqual(local.Keys.Order()) && local.All(kv => counted[kv.Key] == kv.Value.Count);
        }, "region-stats agreeing with every node's local entities", () => last);
        var text = await Ctl(cluster.Core[1], "cluster", "sharding", "region-stats", Account);
        var unknown = await Ctl(cluster.Core[1], "cluster", "sharding", "region-stats", "no-such-region");

        foreach (var node in stats.GetProperty("nodes").EnumerateArray())
            Assert.Equal(node.GetProperty("entities").GetInt32(), node.GetProperty("entitiesPerShard").EnumerateObject().Sum(s => s.Value.GetInt32()));
        var everywhere = local.Values.SelectMany(ids => ids).ToList();
        Assert.Equal(stats.GetProperty("entities").GetInt32(), everywhere.Count);
        Assert.Equal(everywhere.Count, everywhere.Distinct().Count());
        Assert.Subset(everywhere.ToHashSet(), cluster.Accounts.ToHashSet());
        Assert.True(text.ExitCode == CtlExit.Ok, text.Stderr);
        Assert.Contains("region account", text.Stdout);
        Assert.Contains($"{stats.GetProperty("shards").GetInt32()} shard(s), {everywhere.Count} entit(ies)", text.Stdout);
        Assert.All(cluster.Core, node => Assert.Contains(node.Address, text.Stdout));
        Assert.Equal(CtlExit.Failed, unknown.ExitCode);
        Assert.Contains("no-such-region", unknown.Stderr);
    }

    [Fact]
    public async Task The_lighthouse_is_an_Up_member_of_its_own_role_that_hosts_no_shard_of_any_region()
    {
        var lighthouse = cluster.Nodes.LighthouseAddress!;
        var show = await Ctl(cluster.Core[2], "cluster", "show", "--json");
        string? last = null;
        JsonElement regions = default;
        // Asked while no shard is moving (region statistics answer 503 then).
        await ManagedCluster.WaitAsync(async () =>
        {
            var (exit, stdout, stderr) = await Ctl(cluster.Core[0], "cluster", "sharding", "regions", "--json");
            last = exit == CtlExit.Ok ? stdout : stderr;
            if (exit != CtlExit.Ok) return false;
            regions = JsonDocument.Parse(stdout).RootElement.Clone();
            return true;
        }, "the shard statistics of every region", () => last);

        Assert.True(show.ExitCode == CtlExit.Ok, show.Stderr);
        var member = JsonDocument.Parse(show.Stdout).RootElement.GetProperty("members").EnumerateArray()
            .Single(m => m.GetProperty("address").GetString() == lighthouse);
        Assert.Equal("Up", member.GetProperty("status").GetString());
        Assert.Equal(["lighthouse"], member.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var hosting = regions.GetProperty("regions").EnumerateArray()
            .SelectMany(r => r.GetProperty("nodes").EnumerateArray().Select(n => (Region: r.GetProperty("region").GetString(), Node: n.GetProperty("address").GetString())))
            .ToList();
        Assert.Contains(hosting, h => h.Region == Account);
        Assert.DoesNotContain(hosting, h => h.Node == lighthouse);
    }

    [Fact]
    public async Task Counters_count_the_account_events_the_nodes_persisted()
    {
        var before = await PersistedAsync();
        var accounts = cluster.Accounts.Take(5).ToList();

        for (var i = 0; i < accounts.Count; i++)
        {
            var (outcome, detail) = await DrillClient.PostAsync(cluster.Core[i % 3], $"api/accounts/{accounts[i]}/deposit",
                new { transferId = $"counted-{Guid.NewGuid():N}", currency = DrillClient.Currency, amount = 10m }, CancellationToken.None);
            Assert.True(outcome == DrillOutcome.Ok, $"deposit to {accounts[i]}: {detail}");
        }

        long? after = null;
        await ManagedCluster.WaitAsync(async () => (after = await PersistedAsync()) >= before + accounts.Count,
            $"persisted/account summed over the nodes growing from {before} by {accounts.Count}", () => after);
    }

    private string[] CtlArgs(DrillNode node, params string[] args) => ["ctl", $"{node.Host}:{node.HttpPort}", .. args, "--token-file", cluster.TokenFile];

    private Task<(int ExitCode, string Stdout, string Stderr)> Ctl(DrillNode node, params string[] args) => InProcessHive.RunAsync(CtlArgs(node, args));

    /// <summary>One more node, joined through the first and Up.</summary>
    private async Task<DrillNode> StartMemberAsync()
    {
        var node = cluster.Nodes.Add();
        await node.WaitReadyAsync(ManagedCluster.Patience, CancellationToken.None);
        await WaitForStatusAsync(node, "Up");
        return node;
    }

    private async Task WaitForStatusAsync(DrillNode node, string status, bool reachable = true)
    {
        (string, bool)? last = null;
        await ManagedCluster.WaitAsync(async () =>
        {
            last = (await ManagedCluster.MembersAsync(cluster.Core[0])).TryGetValue(node.Address, out var m) ? m : null;
            return last == (status, reachable);
        }, $"{node.Name} {status}{(reachable ? "" : " and unreachable")} to {cluster.Core[0].Name}", () => last?.ToString() ?? "not a member");
    }

    /// <summary>Until no starting node lists <paramref name="node"/> among its members (Removed members are dropped).</summary>
    private async Task WaitForRemovalAsync(DrillNode node)
    {
        string? last = null;
        await ManagedCluster.WaitAsync(async () =>
        {
            foreach (var other in cluster.Core)
                if ((await ManagedCluster.MembersAsync(other)).TryGetValue(node.Address, out var m))
                {
                    last = $"{other.Name} sees it {m.Status}";
                    return false;
                }
            return true;
        }, $"{node.Name} removed", () => last);
    }

    /// <summary>The accounts <paramref name="node"/> hosts once it hosts some: new accounts are opened until one lands on it
    /// (a new shard goes to the region with the fewest).</summary>
    private async Task<IReadOnlyList<string>> AccountsHostedByAsync(DrillNode node)
    {
        IReadOnlyList<string> hosted = [];
        await ManagedCluster.WaitAsync(async () =>
        {
            hosted = await node.HostedAsync(Account, CancellationToken.None);
            if (hosted.Count > 0) return true;
            await cluster.OpenAccountAsync(cluster.Core[0]);
            return false;
        }, $"{node.Name} hosting an account");
        return hosted;
    }

    /// <summary>Each account that lived on <paramref name="gone"/> lives on a starting node and takes a deposit there.</summary>
    private async Task ServedByTheOthersAsync(IReadOnlyList<string> accounts, DrillNode gone)
    {
        foreach (var account in accounts)
        {
            string? last = null;
            await ManagedCluster.WaitAsync(async () =>
            {
                (var outcome, last) = await DrillClient.PostAsync(cluster.Core[0], $"api/accounts/{account}/deposit",
                    new { transferId = $"{account}-after-{gone.Name}", currency = DrillClient.Currency, amount = 1m }, CancellationToken.None);
                if (outcome != DrillOutcome.Ok) return false;
                foreach (var node in cluster.Core)
                    if ((await node.HostedAsync(Account, CancellationToken.None)).Contains(account)) return true;
                last = "not hosted by any starting node";
                return false;
            }, $"{account} of {gone.Name} served by the others", () => last);
        }
    }

    private async Task<long> PersistedAsync()
    {
        long sum = 0;
        foreach (var node in cluster.Core)
        {
            using var doc = JsonDocument.Parse(await node.Http.GetStringAsync("api/counters"));
            if (doc.RootElement.TryGetProperty("persisted/account", out var n)) sum += n.GetInt64();
        }
        return sum;
    }

    /// <summary>Whether tail printed the line "AT EVENT ADDRESS STATUS".</summary>
    private static bool HasEvent(string output, string name, string address, string status) =>
        output.Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Any(p => p.Length == 4 && p[1] == name && p[2] == address && p[3] == status);
}
