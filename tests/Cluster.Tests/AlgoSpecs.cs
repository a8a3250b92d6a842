using Akka.Actor;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using Hive.Cluster.Ctl;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests;

/// <summary>Parent orders on a real node: `POST /api/algos` and `hive ctl algo`, children as ordinary orders filled by the
/// venue's bars, pause/resume/cancel, the idempotency key, bad input.</summary>
public sealed class AlgoSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private const string Spx = "SIM:SPX";
    private readonly TradingApi _api = new(node);

    private async Task<string> FundedAccountAsync(string account)
    {
        await _api.OpenFundedAsync(account, 10_000_000m);
        await _api.WithoutCollarAsync(account);
        return account;
    }

    private Task<(int Status, JsonElement Body)> SubmitAsync(string id, string account, decimal quantity, DateTime start, DateTime end,
        object? parameters = null, string type = "twap") =>
        _api.PostAsync("api/algos", new { algoId = id, type, accountId = account, instrument = Spx, side = "buy", quantity, start, end,
            parameters = parameters ?? new Dictionary<string, string> { ["slices"] = "3" } });

    private async Task PriceAsync() => await _api.PushBarAsync(Spx, 4500m, 4510m, 4490m, 4500m);

    /// <summary>Pushes a bar every 200 ms (filling the children at its open) until the parent satisfies the condition.</summary>
    private async Task<JsonElement> AlgoWhileBarsAsync(string id, Func<JsonElement, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var (status, algo) = await node.GetAsync($"api/algos/{id}");
            if (status == 200 && condition(algo)) return algo;
            Assert.True(DateTime.UtcNow < deadline, $"algo {id} {what}: not within 30 s; last answer {status} {algo}");
            await _api.PushBarAsync(Spx, 4500m, 4510m, 4490m, 4500m);
            await Task.Delay(200);
        }
    }

    private static string Status(JsonElement algo) => algo.GetProperty("status").GetString()!;

    [Fact]
    public async Task A_twap_completes_its_slices_and_its_filled_total_equals_its_childrens_fills()
    {
        var account = await FundedAccountAsync("ALGO-TWAP");
        await PriceAsync();
        var now = DateTime.UtcNow;
        Accepted(await SubmitAsync("twap-1", account, 30m, now.AddSeconds(1), now.AddSeconds(4)));

        var done = await AlgoWhileBarsAsync("twap-1", a => Status(a) == "completed", "completes");

        var children = done.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(["twap-1-1", "twap-1-2", "twap-1-3"], children.Select(c => c.GetProperty("clientOrderId").GetString()));
        Assert.All(children, c => Assert.Equal((10m, 10m, false), (c.GetProperty("quantity").GetDecimal(), c.GetProperty("filled").GetDecimal(), c.GetProperty("open").GetBoolean())));
        Assert.Equal((30m, 0m, 4500m), (done.GetProperty("filled").GetDecimal(), done.GetProperty("remaining").GetDecimal(), done.GetProperty("averagePrice").GetDecimal()));
        Assert.Equal(4500m, done.GetProperty("arrivalPrice").GetDecimal());
        Assert.Equal(0m, done.GetProperty("slippageBps").GetDecimal());
        // Each child is an ordinary order of the account, and the venue's fills of the three add up to the parent's total exactly.
        var fills = 0m;
        foreach (var child in children.Select(c => c.GetProperty("clientOrderId").GetString()!))
        {
            var order = await _api.OrderInStatusAsync(child, "Filled");
            Assert.Equal(account, order.GetProperty("accountId").GetString());
            var listed = await _api.WhenAsync($"api/fills?order={child}", f => f.GetProperty("count").GetInt32() > 0, $"fills of {child} are on the read side");
            fills += listed.GetProperty("fills").EnumerateArray().Sum(f => f.GetProperty("quantity").GetDecimal());
        }
        Assert.Equal(30m, fills);
    }

    [Fact]
    public async Task Pause_holds_a_parent_resume_sends_what_became_due_and_cancel_withdraws_its_working_child()
    {
        var account = await FundedAccountAsync("ALGO-PAUSE");
        await PriceAsync();
        var now = DateTime.UtcNow;
        Accepted(await SubmitAsync("pause-1", account, 20m, now.AddSeconds(1), now.AddMinutes(10), new Dictionary<string, string> { ["slices"] = "2" }));
        Accepted(await _api.PostAsync("api/algos/pause-1/pause", new { reason = "desk review" }));
        var paused = await _api.WhenAsync("api/algos/pause-1", a => Status(a) == "paused", "pauses");
        Assert.Equal("desk review", paused.GetProperty("pauseReason").GetString());

        // Past the first slice's time nothing is sent while paused; resumed, the slice goes at once.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Empty((await node.GetAsync("api/algos/pause-1")).Body.GetProperty("children").EnumerateArray());
        Accepted(await _api.PostAsync("api/algos/pause-1/resume", new { }));
        var resumed = await _api.WhenAsync("api/algos/pause-1", a => a.GetProperty("children").GetArrayLength() == 1, "sends its first child");
        Assert.Equal("working", Status(resumed));

        // No bar comes, so the child still works at the venue when the parent is cancelled: it is withdrawn.
        Accepted(await _api.PostAsync("api/algos/pause-1/cancel", new { reason = "client asked" }));
        var cancelled = await _api.WhenAsync("api/algos/pause-1", a => !a.GetProperty("children")[0].GetProperty("open").GetBoolean(), "sees its child withdrawn");
        Assert.Equal(("cancelled", 0m), (Status(cancelled), cancelled.GetProperty("filled").GetDecimal()));
        await _api.OrderInStatusAsync("pause-1-1", "Cancelled");
        var again = await _api.PostAsync("api/algos/pause-1/resume", new { });
        Assert.Equal((422, "algo-finished"), (again.Status, Code(again)));
    }

    [Fact]
    public async Task The_same_algo_id_again_is_a_repeat_and_with_other_parameters_is_refused_leaving_the_original()
    {
        var account = await FundedAccountAsync("ALGO-DUP");
        await PriceAsync();
        var (start, end) = (DateTime.UtcNow.AddMinutes(5), DateTime.UtcNow.AddMinutes(10));
        Accepted(await SubmitAsync("dup-1", account, 10m, start, end));

        var repeat = await SubmitAsync("dup-1", account, 10m, start, end);
        var other = await SubmitAsync("dup-1", account, 20m, start, end);

        Assert.True(repeat.Body.GetProperty("duplicate").GetBoolean());
        Assert.Equal((409, "duplicate-algo-id"), (other.Status, Code(other)));
        Assert.Equal(10m, (await node.GetAsync("api/algos/dup-1")).Body.GetProperty("quantity").GetDecimal());
    }

    [Theory]
    [InlineData("""{"algoId":"bad-1","type":"twap","accountId":"ALGO-BAD","instrument":"SIM:SPX","side":"buy","quantity":10}""", 400, "missing-field", "end")]
    [InlineData("""{"algoId":"bad-2","type":"twap","accountId":"ALGO-BAD","instrument":"SIM:SPX","side":"up","quantity":10,"end":"2099-01-01T00:00:00Z"}""", 400, "invalid-side", "side")]
    [InlineData("""{"algoId":"bad-3","type":"twap","accountId":"ALGO-BAD","instrument":"SIM:SPX","side":"buy","quantity":0,"end":"2099-01-01T00:00:00Z"}""", 422, "invalid-parameter", "quantity")]
    [InlineData("""{"algoId":"bad-4","type":"twap","accountId":"ALGO-BAD","instrument":"SIM:SPX","side":"buy","quantity":10,"end":"2099-01-01T00:00:00Z","parameters":{"slices":"0"}}""", 422, "invalid-parameter", "slices")]
    [InlineData("""{"algoId":"bad-5","type":"twap","accountId":"ALGO-BAD","instrument":"SIM:SPX","side":"buy","quantity":10,"end":"2099-01-01T00:00:00Z","parameters":{"speed":"1"}}""", 422, "invalid-parameter", "speed")]
    [InlineData("""{"algoId":"bad-6","type":"warp","accountId":"ALGO-BAD","instrument":"SIM:SPX","side":"buy","quantity":10,"end":"2099-01-01T00:00:00Z"}""", 422, "invalid-parameter", "unknown algorithm 'warp'")]
    [InlineData("""{"algoId":"bad-7","type":"twap","accountId":"ALGO-BAD","instrument":"SIM:SPX","side":"buy","quantity":10,"start":"2099-01-02T00:00:00Z","end":"2099-01-01T00:00:00Z"}""", 422, "invalid-parameter", "end")]
    [InlineData("""{"algoId":"bad/8","type":"twap","accountId":"ALGO-BAD","instrument":"SIM:SPX","side":"buy","quantity":10,"end":"2099-01-01T00:00:00Z"}""", 400, "invalid-id", "algo id")]
    public async Task Bad_input_is_refused_with_the_field_named_and_creates_nothing(string body, int status, string code, string named)
    {
        await PriceAsync();
        var reply = await _api.PostRawAsync("api/algos", body);

        Assert.Equal((status, code), (reply.Status, Code(reply)));
        Assert.Contains(named, reply.Body.GetProperty("message").GetString());
        var id = JsonDocument.Parse(body).RootElement.GetProperty("algoId").GetString()!;
        if (!id.Contains('/')) Assert.Equal(404, (await node.GetAsync($"api/algos/{id}")).Status);
    }

    [Fact]
    public async Task An_algo_id_nobody_submitted_is_not_found_by_a_read_or_a_command_and_no_entity_starts_for_it()
    {
        var (get, _) = await node.GetAsync("api/algos/never-submitted");
        var (pause, _) = await _api.PostAsync("api/algos/never-submitted/pause", new { reason = "why not" });
        var (cancel, _) = await _api.PostAsync("api/algos/never-submitted/cancel", new { });

        Assert.Equal((404, 404, 404), (get, pause, cancel));
        var system = node.Services.GetRequiredService<Akka.Actor.ActorSystem>();
        var region = Akka.Cluster.Sharding.ClusterSharding.Get(system).ShardRegion(Hive.Actors.Entities.RegionNames.Algo);
        var state = await region.Ask<Akka.Cluster.Sharding.CurrentShardRegionState>(Akka.Cluster.Sharding.GetShardRegionState.Instance, TimeSpan.FromSeconds(10));
        Assert.DoesNotContain(state.Shards.SelectMany(shard => shard.EntityIds), id => id == "never-submitted");
    }

    [Fact]
    public async Task Ctl_algo_submits_shows_and_lists_a_twap_and_its_json_is_the_api_view()
    {
        var account = await FundedAccountAsync("ALGO-CTL");
        await PriceAsync();
        Task<(int ExitCode, string Stdout, string Stderr)> Ctl(params string[] args) =>
            InProcessHive.RunAsync(["ctl", node.HttpAddress, "algo", .. args, "--token-file", node.TokenFile]);

        var submit = await Ctl("submit", "ctl-twap", "--type", "twap", "--account", account, "--instrument", Spx, "--side", "buy",
            "--quantity", "20", "--duration", "00:00:02", "--param", "slices=2");
        Assert.True(submit.ExitCode == CtlExit.Ok, submit.Stderr);
        Assert.Contains("algo ctl-twap submitted: twap buy 20 SIM:SPX", submit.Stdout);
        await AlgoWhileBarsAsync("ctl-twap", a => Status(a) == "completed", "completes");

        var show = await Ctl("show", "ctl-twap");
        var json = await Ctl("show", "ctl-twap", "--json");
        var list = await Ctl("list", "--account", account, "--json");
        var missing = await Ctl("show", "nobody-algo");
        var noEnd = await Ctl("submit", "ctl-2", "--type", "twap", "--account", account, "--instrument", Spx, "--side", "buy", "--quantity", "20");

        Assert.Contains("completed", show.Stdout);
        Assert.Contains("ctl-twap-2", show.Stdout);
        Assert.Contains("slippage vs arrival", show.Stdout);
        Assert.Equal(20m, JsonDocument.Parse(json.Stdout).RootElement.GetProperty("filled").GetDecimal());
        Assert.Equal(["ctl-twap"], JsonDocument.Parse(list.Stdout).RootElement.GetProperty("algos").EnumerateArray().Select(a => a.GetProperty("algoId").GetString()));
        Assert.NotEqual(CtlExit.Ok, missing.ExitCode);
        Assert.Contains("not-found", missing.Stderr);
        Assert.Equal(CtlExit.Usage, noEnd.ExitCode);
        Assert.Contains("--end", noEnd.Stderr);
    }
}
