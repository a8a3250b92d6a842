using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests;

/// <summary>Kill switches on a real node: an account's cancels what works on it and stops its strategies; the cluster-wide one
/// halts every account, holds across a restart of the node (an account opened afterwards is halted too) and is refused twice.</summary>
public sealed class KillSwitchSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private readonly TradingApi _api = new(node);

    [Fact]
    public async Task An_account_kill_switch_cancels_its_working_orders_and_stops_its_strategies_and_twice_is_refused()
    {
        await _api.RestingBuyAsync("KILL-1", "kill-rest", 1m, 90m);
        Accepted(await _api.PostAsync("api/strategies/kill-sma/start",
            new { kind = "sma-cross", accountId = "KILL-1", parameters = new { instrument = "SIM:SPX", fast = "3", slow = "5" } }));
        await _api.WhenAsync("api/strategies/kill-sma", s => s.GetProperty("running").GetBoolean(), "strategy kill-sma runs");

        Accepted(await _api.PostAsync("api/risk/kill", new { account = "KILL-1", reason = "runaway", by = "alice" }));
        await _api.OrderInStatusAsync("kill-rest", "Cancelled");
        var stopped = await _api.WhenAsync("api/strategies/kill-sma", s => !s.GetProperty("running").GetBoolean(), "strategy kill-sma stops");
        Assert.Contains("engaged by alice: runaway", stopped.GetProperty("stopReason").GetString());
        var risk = await _api.WhenAsync("api/risk/KILL-1", r => r.GetProperty("state").GetString() == "halted", "account KILL-1 halts");
        Assert.Contains("kill switch (account KILL-1)", risk.GetProperty("stateReason").GetString());
        Accepted(await _api.SubmitAsync("kill-after", "KILL-1", "buy", 1m, limitPrice: 99m));
        Assert.Equal("trading-halted", (await _api.OrderInStatusAsync("kill-after", "Denied")).GetProperty("rejectionCode").GetString());

        var twice = await _api.PostAsync("api/risk/kill", new { account = "KILL-1", reason = "again" });
        Assert.Equal(422, twice.Status);
        Assert.Equal("kill-switch-engaged", Code(twice));
        Assert.Equal(404, (await _api.PostAsync("api/risk/kill", new { account = "NOBODY", reason = "x" })).Status);
        Assert.Equal(400, (await _api.PostAsync("api/risk/kill", new { reason = "no scope" })).Status);
        Assert.Equal(400, (await _api.PostAsync("api/risk/kill", new { all = true })).Status);
    }

    [Fact]
    public async Task The_cluster_wide_kill_switch_halts_every_account_and_holds_across_a_restart_of_the_node()
    {
        await _api.RestingBuyAsync("KILL-2", "kill-all-rest", 1m, 90m);

        Accepted(await _api.PostAsync("api/risk/kill", new { all = true, reason = "exchange outage", by = "bob" }));
        await _api.OrderInStatusAsync("kill-all-rest", "Cancelled");
        await _api.WhenAsync("api/risk/KILL-2", r => r.GetProperty("state").GetString() == "halted", "account KILL-2 halts");

        await node.RestartAsync();
        var register = await _api.WhenAsync("api/risk/kill-switches", r => r.GetProperty("clusterWide").GetBoolean(), "still shows the cluster-wide switch");
        var kill = register.GetProperty("engaged").EnumerateArray().Single(k => k.GetProperty("scope").GetString() == "cluster");
        Assert.Equal(("bob", "exchange outage"), (kill.GetProperty("by").GetString(), kill.GetProperty("reason").GetString()));
        Assert.Equal("halted", (await node.GetAsync("api/risk/KILL-2")).Body.GetProperty("state").GetString());
        // An account opened after the restart halts under the switch too.
        await _api.OpenFundedAsync("KILL-3", 1_000m);
        await _api.WhenAsync("api/risk/KILL-3", r => r.GetProperty("state").GetString() == "halted", "account KILL-3 halts");
        Accepted(await _api.SubmitAsync("kill-new", "KILL-3", "buy", 1m, limitPrice: 99m));
        Assert.Equal("trading-halted", (await _api.OrderInStatusAsync("kill-new", "Denied")).GetProperty("rejectionCode").GetString());

        Assert.Equal("kill-switch-engaged", Code(await _api.PostAsync("api/risk/kill", new { all = true, reason = "twice" })));
        Accepted(await _api.PostAsync("api/risk/kill/release", new { all = true, reason = "venue back" }));
        Assert.Equal("kill-switch-not-engaged", Code(await _api.PostAsync("api/risk/kill/release", new { all = true, reason = "twice" })));
        Assert.False((await node.GetAsync("api/risk/kill-switches")).Body.GetProperty("clusterWide").GetBoolean());
    }
}
