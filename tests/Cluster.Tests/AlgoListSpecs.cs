using System.Text.Json;
using Hive.Cluster.Node;
using Hive.Cluster.Tests.Security;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests;

/// <summary>A node whose idle entities rest after a second, so a finished parent leaves memory (and the remembered entities) at once.</summary>
public sealed class AlgoListFixture : NodeFixture
{
    protected override void Configure(NodeOptions options) => options.PassivateAfterSeconds = 1;
}

/// <summary>`GET /api/algos` on a real node is the read side's: newest first by submission time in keyset pages, filtered by
/// account, instrument, status, type and submission time, held to the caller's accounts, bad parameters a 400 naming them, and
/// a list (before and after a restart) starts no parent's entity.</summary>
public sealed class AlgoListSpecs(AlgoListFixture node) : IClassFixture<AlgoListFixture>, IAsyncLifetime
{
    private const string Spx = "SIM:SPX";
    private const string Fx = "SIMFX:EUR-USD";
    private readonly TradingApi _api = new(node);

    /// <summary>The parents (oldest first): id, account, instrument, type, and the status it is left in. None trades: each window
    /// opens in ten minutes.</summary>
    private static readonly (string Id, string Account, string Instrument, string Type, string Status)[] Parents =
    [
        ("lst-1", "LIST-A", Spx, "twap", "working"),
        ("lst-2", "LIST-B", Spx, "iceberg", "cancelled"),
        ("lst-3", "LIST-A", Fx, "twap", "paused"),
        ("lst-4", "LIST-A", Spx, "iceberg", "cancelled"),
        ("lst-5", "LIST-B", Fx, "twap", "working"),
        ("lst-6", "LIST-A", Spx, "twap", "cancelled"),
        ("lst-7", "LIST-B", Spx, "twap", "cancelled"),
    ];

    private static readonly string[] NewestFirst = Parents.Select(p => p.Id).Reverse().ToArray();

    public async Task InitializeAsync()
    {
        // Once per node: the list answers without waking a parent (a GET of one would start it).
        if ((await node.GetAsync("api/algos?limit=1")).Body.GetProperty("count").GetInt32() > 0) return;
        foreach (var account in new[] { "LIST-A", "LIST-B" })
        {
            await _api.OpenFundedAsync(account, 10_000_000m);
            await _api.WithoutCollarAsync(account);
        }
        await _api.PushBarAsync(Spx, 4500m, 4510m, 4490m, 4500m);
        await _api.PushBarAsync(Fx, 1.1000m, 1.1010m, 1.0990m, 1.1000m);
        var start = DateTime.UtcNow.AddMinutes(10);
        foreach (var (id, account, instrument, type, status) in Parents)
        {
            Accepted(await _api.PostAsync("api/algos", new
            {
                algoId = id, type, accountId = account, instrument, side = "buy", quantity = 10_000m, start, end = start.AddMinutes(10),
                parameters = new Dictionary<string, string> { [type == "iceberg" ? "display" : "slices"] = type == "iceberg" ? "100" : "2" },
            }));
            if (status == "paused") Accepted(await _api.PostAsync($"api/algos/{id}/pause", new { reason = "desk review" }));
            if (status == "cancelled") Accepted(await _api.PostAsync($"api/algos/{id}/cancel", new { reason = "not today" }));
        }
        await _api.WhenAsync("api/algos?limit=1000", l => Statuses(l).SequenceEqual(NewestFirst.Select(StatusOf)), "lists every parent where it stands");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string StatusOf(string id) => Parents.Single(p => p.Id == id).Status;

    private static List<string> Ids(JsonElement list) => list.GetProperty("algos").EnumerateArray().Select(a => a.GetProperty("algoId").GetString()!).ToList();

    private static List<string> Statuses(JsonElement list) => list.GetProperty("algos").EnumerateArray().Select(a => a.GetProperty("status").GetString()!).ToList();

    private static string? Next(JsonElement page) => page.GetProperty("next").ValueKind == JsonValueKind.String ? page.GetProperty("next").GetString() : null;

    private async Task<List<string>> IdsAsync(string query)
    {
        var (status, body) = await node.GetAsync("api/algos?" + query);
        Assert.True(status == 200, $"{query}: {status} {body}");
        return Ids(body);
    }

    /// <summary>The algo entities running on the node (its sharding's local view).</summary>
    private async Task<HashSet<string>> RunningParentsAsync()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "api/admin/sharding/algo/local");
        request.Headers.Add(Node.AdminToken.Header, node.Token);
        var (status, body) = await node.SendAsync(request);
        Assert.Equal(200, status);
        return body.GetProperty("shards").EnumerateArray().SelectMany(s => s.GetProperty("entityIds").EnumerateArray()).Select(e => e.GetString()!).ToHashSet();
    }

    /// <summary>Waits (bounded) until only the unfinished parents run: the finished ones have rested.</summary>
    private async Task<HashSet<string>> OnlyUnfinishedRunAsync()
    {
        var unfinished = Parents.Where(p => p.Status is "working" or "paused").Select(p => p.Id).ToHashSet();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var running = await RunningParentsAsync();
            if (!running.Overlaps(Parents.Select(p => p.Id).Except(unfinished))) return running;
            Assert.True(DateTime.UtcNow < deadline, $"finished parents still run after 60 s: {string.Join(", ", running)}");
            await Task.Delay(200);
        }
    }

    private async Task<List<string>> WalkAsync(string query, int limit, List<int> sizes)
    {
        var walked = new List<string>();
        string? next = null;
        do
        {
            var (status, page) = await node.GetAsync($"api/algos?{query}&limit={limit}{(next is null ? "" : "&before=" + next)}");
            Assert.Equal(200, status);
            walked.AddRange(Ids(page));
            sizes.Add(page.GetProperty("count").GetInt32());
            next = Next(page);
        } while (next is not null);
        return walked;
    }

    [Fact]
    public async Task Pages_walk_every_parent_once_newest_first_and_listing_them_starts_no_finished_parent_before_or_after_a_restart()
    {
        var before = await OnlyUnfinishedRunAsync();
        var sizes = new List<int>();

        var walked = await WalkAsync("account=", 3, sizes);
        var (_, all) = await node.GetAsync("api/algos");

        Assert.Equal(NewestFirst, walked);
        Assert.Equal([3, 3, 1], sizes);
        var submitted = all.GetProperty("algos").EnumerateArray().Select(a => a.GetProperty("submittedAt").GetDateTime()).ToList();
        Assert.Equal(submitted.OrderByDescending(t => t), submitted);
        Assert.Equal(before, await RunningParentsAsync());

        await node.RestartAsync();
        var afterRestart = await WalkAsync("account=", 2, sizes = []);
        var statuses = Statuses((await node.GetAsync("api/algos")).Body);

        Assert.Equal(NewestFirst, afterRestart);
        Assert.Equal([2, 2, 2, 1], sizes);
        Assert.Equal(NewestFirst.Select(StatusOf), statuses);
        Assert.DoesNotContain(await RunningParentsAsync(), id => StatusOf(id) == "cancelled");
    }

    [Fact]
    public async Task Each_filter_keeps_only_the_parents_it_names_and_a_list_row_carries_what_the_list_shows()
    {
        var (_, all) = await node.GetAsync("api/algos");
        var fourth = all.GetProperty("algos").EnumerateArray().Single(a => a.GetProperty("algoId").GetString() == "lst-4").GetProperty("submittedAt").GetDateTime();

        Assert.Equal(["lst-6", "lst-4", "lst-3", "lst-1"], await IdsAsync("account=LIST-A"));
        Assert.Equal(["lst-5", "lst-3"], await IdsAsync($"instrument={Fx}"));
        Assert.Equal(["lst-3"], await IdsAsync("status=paused"));
        Assert.Equal(["lst-7", "lst-6", "lst-4", "lst-2"], await IdsAsync("status=Cancelled"));
        Assert.Equal(["lst-4", "lst-2"], await IdsAsync("type=iceberg"));
        Assert.Equal(["lst-6", "lst-4"], await IdsAsync($"account=LIST-A&instrument={Spx}&status=cancelled"));
        Assert.Equal(["lst-7", "lst-6", "lst-5", "lst-4"], await IdsAsync($"from={fourth:O}"));
        Assert.Equal(["lst-3", "lst-2", "lst-1"], await IdsAsync($"to={fourth:O}"));
        Assert.Empty(await IdsAsync("type=vwap"));

        var paused = all.GetProperty("algos").EnumerateArray().Single(a => a.GetProperty("algoId").GetString() == "lst-3");
        Assert.Equal(("twap", "LIST-A", Fx, "buy", "paused", "desk review"), (paused.GetProperty("type").GetString(), paused.GetProperty("accountId").GetString(),
            paused.GetProperty("instrument").GetString(), paused.GetProperty("side").GetString(), paused.GetProperty("status").GetString(),
            paused.GetProperty("pauseReason").GetString()));
        Assert.Equal((10_000m, 0m, 10_000m, 1.1000m, 0m, 2, 0), (paused.GetProperty("quantity").GetDecimal(), paused.GetProperty("filled").GetDecimal(),
            paused.GetProperty("remaining").GetDecimal(), paused.GetProperty("arrivalPrice").GetDecimal(), paused.GetProperty("slippageBps").GetDecimal(),
            paused.GetProperty("slices").GetInt32(), paused.GetProperty("placed").GetInt32()));
        Assert.True(paused.GetProperty("end").GetDateTime() - paused.GetProperty("start").GetDateTime() == TimeSpan.FromMinutes(10));
    }

    [Theory]
    [InlineData("status=sleeping", "invalid-status", "status")]
    [InlineData("type=warp", "invalid-type", "type")]
    [InlineData("account=bad%20id", "invalid-id", "account")]
    [InlineData("instrument=SPX", "invalid-id", "SPX")]
    [InlineData("from=yesterday", "invalid-time", "from")]
    [InlineData("to=soon", "invalid-time", "to")]
    [InlineData("before=not-a-cursor", "invalid-cursor", "before")]
    public async Task A_bad_parameter_is_a_400_naming_it(string query, string code, string named)
    {
        var reply = await node.GetAsync("api/algos?" + query);

        Assert.Equal((400, code), (reply.Status, Code(reply)));
        Assert.Contains(named, reply.Body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_viewer_lists_only_its_accounts_parents_and_may_not_name_another_account()
    {
        var viewer = await new SecurityApi(node).AddUserAsync("list-viewer", "viewer", "LIST-B");

        var (status, own) = await node.GetAsync("api/algos", viewer);
        var (other, _) = await node.GetAsync("api/algos?account=LIST-A", viewer);

        Assert.Equal(200, status);
        Assert.Equal(["lst-7", "lst-5", "lst-2"], Ids(own));
        Assert.Equal(403, other);
    }

    [Fact]
    public async Task Ctl_algo_list_passes_its_filters_and_limit_and_prints_where_the_next_page_starts()
    {
        Task<(int ExitCode, string Stdout, string Stderr)> Ctl(params string[] args) =>
            InProcessHive.RunAsync(["ctl", node.HttpAddress, "algo", "list", .. args, "--token-file", node.TokenFile]);

        var first = await Ctl("--account", "LIST-A", "--limit", "2");
        var firstJson = await Ctl("--account", "LIST-A", "--limit", "2", "--json");
        var next = Next(JsonDocument.Parse(firstJson.Stdout).RootElement)!;
        var second = await Ctl("--account", "LIST-A", "--limit", "2", "--before", next, "--json");
        var filtered = await Ctl("--instrument", Fx, "--status", "paused", "--type", "twap", "--json");
        var bad = await Ctl("--status", "sleeping");

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("lst-6", first.Stdout);
        Assert.DoesNotContain("lst-3", first.Stdout);
        Assert.Contains($"2 algo(s), newest first; more with --before {next}", first.Stdout);
        Assert.Equal(["lst-3", "lst-1"], Ids(JsonDocument.Parse(second.Stdout).RootElement));
        Assert.Equal(["lst-3"], Ids(JsonDocument.Parse(filtered.Stdout).RootElement));
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("invalid-status", bad.Stderr);
    }
}
