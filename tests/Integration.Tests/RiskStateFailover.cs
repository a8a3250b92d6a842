using System.Net.Http.Json;
using System.Text.Json;
using Akka.Actor;
using Hive.Actors.Entities;
using Hive.Actors.Hosting;
using Hive.Actors.Protocol;
using Hive.Cluster.Node;
using Hive.Core.Accounts;
using Hive.Core.Ids;
using Hive.Core.Risk;
using Hive.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Hive.Integration.Tests;

/// <summary>
/// The second death of <see cref="FailoverSpecs"/>: trading states and kill switches are persisted, not node-local flags. A
/// real `hive node` (HTTP API) joins the two survivors; through it a person halts an account, a strategy's kill switch and
/// the cluster-wide one are engaged; then the node hosting the kill-switch register, that account, an account the
/// cluster-wide switch halted and that strategy is killed. On the survivors the API still shows all of it, the halted
/// accounts' working orders stay cancelled, new orders are <c>Denied</c> <c>trading-halted</c> (an account opened after the
/// death too), the strategy stays stopped (and is stopped again if started); once released and resumed, orders go through.
/// </summary>
internal sealed class RiskStateFailover(LocalCluster cluster, ITestOutputHelper output) : IAsyncDisposable
{
    private const string Spx = "SIM:SPX";
    private readonly string _dataDir = Directory.CreateTempSubdirectory("hive-risk-failover-").FullName;
    private readonly string _token = "risk-failover-" + Guid.NewGuid().ToString("N");
    private WebApplication? _node;
    private HttpClient _http = new();

    public async Task RunAsync()
    {
        var survivors = cluster.Alive.ToList();
        await JoinHttpNodeAsync(survivors);

        // The victim is the survivor hosting the kill-switch register (it runs since the accounts asked it at their start).
        Assert.IsType<KillSwitchState>(await survivors[0].Gateway.Ask(GetKillSwitches.Instance, TimeSpan.FromSeconds(10)));
        var victim = survivors.FirstOrDefault(n => LocalCluster.HostedAsync(n, RegionNames.KillSwitches).GetAwaiter().GetResult()
            .Contains(KillSwitchState.EntityId)) ?? survivors[0];
        async Task Open(string id) => Assert.IsType<CommandAccepted>(await victim.Gateway.Ask(new OpenAccount(new AccountId(id), AccountType.Cash)));
        var halted = await HostedOnAsync(victim, "halted", Open, RegionNames.Account);
        var clusterHalted = await HostedOnAsync(victim, "swept", Open, RegionNames.Account);
        var strategy = await HostedOnAsync(victim, "killed", async id => Accepted(await Post($"api/strategies/{id}/start",
            new { kind = "sma-cross", accountId = halted, parameters = new { instrument = Spx, fast = "2", slow = "3" } })), RegionNames.Strategy);
        output.WriteLine($"second victim {victim.Settings.SelfAddress}: register {(await LocalCluster.HostedAsync(victim, RegionNames.KillSwitches)).Count > 0}, " +
                         $"accounts {halted} and {clusterHalted}, strategy {strategy}");
        foreach (var account in new[] { halted, clusterHalted })
        {
            Accepted(await Post($"api/accounts/{account}/deposit", new { transferId = $"{account}-funding", currency = "USD", amount = 100_000m }));
            // A limit far enough below the zig-zag (lows of 99) never to fill, within the default 10 % collar.
            Accepted(await Post("api/orders", new { clientOrderId = $"{account}-rest", accountId = account, instrument = Spx, side = "buy", quantity = 1m, limitPrice = 96m }));
            await WhenAsync($"api/orders/{account}-rest", o => o.GetProperty("status").GetString() == "Accepted", $"{account}'s resting order works");
        }

        Accepted(await Post($"api/risk/{halted}/halt", new { reason = "desk review", by = "alice" }));
        Accepted(await Post("api/risk/kill", new { strategy, reason = "runaway", by = "bob" }));
        Accepted(await Post("api/risk/kill", new { all = true, reason = "exchange outage", by = "carol" }));
        await WhenAsync($"api/strategies/{strategy}", s => !s.GetProperty("running").GetBoolean(), $"strategy {strategy} stops");
        foreach (var account in new[] { halted, clusterHalted })
        {
            await WhenAsync($"api/risk/{account}", r => r.GetProperty("state").GetString() == "halted", $"account {account} halts");
            await WhenAsync($"api/orders/{account}-rest", o => o.GetProperty("status").GetString() == "Cancelled", $"{account}'s resting order is cancelled");
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await victim.CrashAsync();
        var register = await WhenAsync("api/risk/kill-switches", r => r.GetProperty("clusterWide").GetBoolean(), "the register answers on a survivor", TimeSpan.FromSeconds(60));
        output.WriteLine($"second failover: the register answered {clock.Elapsed.TotalSeconds:0.0} s after the crash");
        var scopes = register.GetProperty("engaged").EnumerateArray().Select(k => (k.GetProperty("scope").GetString(), k.GetProperty("by").GetString())).ToHashSet();
        Assert.Superset(new HashSet<(string?, string?)> { ("cluster", "carol"), ($"strategy {strategy}", "bob") }, scopes);
        var stopped = await AnswerAsync($"api/strategies/{strategy}");
        Assert.False(stopped.GetProperty("running").GetBoolean());
        Assert.Contains("engaged by bob: runaway", stopped.GetProperty("stopReason").GetString());
        // Both halted accounts obeyed the cluster-wide switch too (each engagement once), so it is the reason they show now.
        foreach (var account in new[] { halted, clusterHalted })
        {
            var risk = await AnswerAsync($"api/risk/{account}");
            Assert.Equal(("halted", true), (risk.GetProperty("state").GetString(), risk.GetProperty("stateReason").GetString()!.Contains("kill switch (cluster)")));
        }
        // An account opened after the death halts under the cluster-wide switch: the register, not a node's memory, holds it.
        Accepted(await Post("api/accounts/late-1/open", new { type = "cash", leverage = 1m }));
        Accepted(await Post("api/accounts/late-1/deposit", new { transferId = "late-1-funding", currency = "USD", amount = 100_000m }));
        await WhenAsync("api/risk/late-1", r => r.GetProperty("state").GetString() == "halted", "late-1 halts under the cluster-wide switch");
        foreach (var account in new[] { halted, clusterHalted })
            Assert.Equal("Cancelled", (await AnswerAsync($"api/orders/{account}-rest")).GetProperty("status").GetString());
        foreach (var account in new[] { halted, clusterHalted, "late-1" })
        {
            Accepted(await Post("api/orders", new { clientOrderId = $"{account}-after", accountId = account, instrument = Spx, side = "buy", quantity = 1m, limitPrice = 96m }));
            var denied = await WhenAsync($"api/orders/{account}-after", r => r.GetProperty("status").GetString() == "Denied", $"{account}'s new order is denied");
            Assert.Equal("trading-halted", denied.GetProperty("rejectionCode").GetString());
        }
        // Started while its switch is engaged, the strategy is stopped again.
        Accepted(await Post($"api/strategies/{strategy}/start", new { kind = "sma-cross", accountId = halted, parameters = new { instrument = Spx, fast = "2", slow = "3" } }));
        await WhenAsync($"api/strategies/{strategy}", s => !s.GetProperty("running").GetBoolean(), $"strategy {strategy} is stopped again");

        // Released and resumed, orders go through again and the strategy runs.
        Accepted(await Post("api/risk/kill/release", new { all = true, reason = "venue back", by = "carol" }));
        Accepted(await Post("api/risk/kill/release", new { strategy, reason = "fixed", by = "bob" }));
        Assert.Empty((await AnswerAsync("api/risk/kill-switches")).GetProperty("engaged").EnumerateArray());
        foreach (var account in new[] { halted, clusterHalted, "late-1" })
        {
            Accepted(await Post($"api/risk/{account}/resume", new { reason = "all clear", by = "alice" }));
            Accepted(await Post("api/orders", new { clientOrderId = $"{account}-resumed", accountId = account, instrument = Spx, side = "buy", quantity = 1m, limitPrice = 96m }));
            await WhenAsync($"api/orders/{account}-resumed", r => r.GetProperty("status").GetString() == "Accepted", $"{account}'s order after the resume works");
        }
        Accepted(await Post($"api/strategies/{strategy}/start", new { kind = "sma-cross", accountId = halted, parameters = new { instrument = Spx, fast = "2", slow = "3" } }));
        await WhenAsync($"api/strategies/{strategy}", s => s.GetProperty("running").GetBoolean(), $"strategy {strategy} runs after the release");
    }

    /// <summary>A full `hive node` (HTTP API, same journal) joins the survivors, so the API outlives the next death.</summary>
    private async Task JoinHttpNodeAsync(IReadOnlyList<TestNode> survivors)
    {
        var options = new NodeOptions
        {
            DataDir = _dataDir, Port = FreePort.Next(), HttpPort = FreePort.Next(), AdminToken = _token, ImportSamples = false, Paper = false,
            Seeds = string.Join(',', survivors.Select(n => $"127.0.0.1:{n.Settings.Port}")), Postgres = survivors[0].Settings.JournalConnectionString,
        };
        _node = NodeHost.Build(options, NodeSettingsFactory.Create(options), logging: l => l.SetMinimumLevel(LogLevel.Warning));
        await _node.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{options.HttpPort}/"), Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Add(AdminToken.Header, _token);
        await cluster.WaitUntilAsync(c => c.Alive.All(n => LocalCluster.UpMembers(n) == 3), TimeSpan.FromSeconds(30), "the HTTP node is Up");
        await AnswerAsync("api/risk/kill-switches");
    }

    /// <summary>Creates <c>{prefix}-1</c>, <c>{prefix}-2</c> ... until one is hosted on <paramref name="node"/>; answers its id.</summary>
    private static async Task<string> HostedOnAsync(TestNode node, string prefix, Func<string, Task> create, string region)
    {
        for (var i = 1; i <= 60; i++)
        {
            var id = $"{prefix}-{i}";
            await create(id);
            if ((await LocalCluster.HostedAsync(node, region)).Contains(id)) return id;
        }
        throw new InvalidOperationException($"none of 60 {prefix} entities landed on {node.Settings.SelfAddress}");
    }

    private async Task<(int Status, string Body)> Post(string path, object body)
    {
        using var response = await _http.PostAsJsonAsync(path, body, JsonSerializerOptions.Web);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<(int Status, JsonElement Body)> Get(string path)
    {
        using var response = await _http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private async Task<JsonElement> WhenAsync(string path, Func<JsonElement, bool> condition, string what, TimeSpan? within = null)
    {
        JsonElement last = default;
        var seen = "nothing";
        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                var (status, body) = await Get(path);
                (last, seen) = (body, $"{status} {body}");
                return status == 200 && condition(body);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or KeyNotFoundException or InvalidOperationException)
            {
                seen = e.GetType().Name;
                return false;
            }
        }, () => $"{what} (last answer {seen})", within ?? TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(200));
        return last;
    }

    /// <summary>The first 200 answer: right after a death an entity's shard may still be moving (the ask behind the read times
    /// out, 504), so a read gets as long as the register's first answer does; how long it took goes to the output.</summary>
    private async Task<JsonElement> AnswerAsync(string path)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var answer = await WhenAsync(path, b => b.ValueKind == JsonValueKind.Object, $"{path} answers", TimeSpan.FromSeconds(60));
        if (clock.Elapsed > TimeSpan.FromSeconds(1)) output.WriteLine($"{path} answered after {clock.Elapsed.TotalSeconds:0.0} s");
        return answer;
    }

    private static void Accepted((int Status, string Body) reply) =>
        Assert.True(reply.Status is >= 200 and < 300, $"expected acceptance, got {reply.Status} {reply.Body}");

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_node is null) return;
        await _node.StopAsync();
        await _node.DisposeAsync();
    }
}
