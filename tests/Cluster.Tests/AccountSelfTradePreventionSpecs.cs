using System.Text.Json;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests;

/// <summary>An account's default self-trade prevention mode on a real node: set by a risk key through the API, journaled by the
/// account, taken by its orders that choose no mode (an order's own mode overrides it), and still in force after the node
/// restarts on its data folder.</summary>
public sealed class AccountSelfTradePreventionSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private readonly TradingApi _api = new(node);

    private Task<(int Status, JsonElement Body)> SetDefaultAsync(string account, object body) =>
        _api.PutAsync($"api/risk/{account}/self-trade-prevention", body);

    /// <summary>A resting sell at 110 and an incoming buy at 112 of the same account, neither choosing a mode: the buy crosses the sell.</summary>
    private async Task<JsonElement> CrossAsync(string account, string prefix)
    {
        Accepted(await _api.SubmitAsync($"{prefix}-resting-sell", account, "sell", 1m, limitPrice: 110m));
        await _api.OrderInStatusAsync($"{prefix}-resting-sell", "Accepted");
        Accepted(await _api.SubmitAsync($"{prefix}-incoming-buy", account, "buy", 1m, limitPrice: 112m));
        await _api.OrderInStatusAsync($"{prefix}-incoming-buy", "Accepted");
        return await _api.OrderInStatusAsync($"{prefix}-resting-sell", "Cancelled");
    }

    [Fact]
    public async Task An_account_defaulting_to_expire_maker_cancels_its_resting_order_for_an_order_choosing_no_mode_and_keeps_the_default_across_a_restart()
    {
        await _api.OpenFundedAsync("STP-DEF", 100_000m, type: "margin");
        await _api.WithoutCollarAsync("STP-DEF");
        await _api.PushBarAsync("SIM:SPX", 103.00m, 104.00m, 102.00m, 103.50m);
        var before = (await _api.WhenAsync("api/risk/STP-DEF", _ => true, "account STP-DEF answers")).GetProperty("selfTradePrevention").GetString();
        Accepted(await SetDefaultAsync("STP-DEF", new { mode = "expire-maker" }));
        var set = (await node.GetAsync("api/risk/STP-DEF")).Body.GetProperty("selfTradePrevention").GetString();

        var maker = await CrossAsync("STP-DEF", "stp-def");
        // The order's own mode overrides the account's: under none both orders work.
        Accepted(await _api.SubmitAsync("stp-def-own-sell", "STP-DEF", "sell", 1m, limitPrice: 110m));
        await _api.OrderInStatusAsync("stp-def-own-sell", "Accepted");
        Accepted(await _api.PostAsync("api/orders", new
        {
            clientOrderId = "stp-def-own-buy", accountId = "STP-DEF", instrument = "SIM:SPX", side = "buy", quantity = 1m, limitPrice = 111m,
            selfTradePrevention = "none",
        }));
        await _api.OrderInStatusAsync("stp-def-own-buy", "Accepted");
        var (_, ownSell) = await node.GetAsync("api/orders/stp-def-own-sell");

        await node.RestartAsync();
        var afterRestart = (await _api.WhenAsync("api/risk/STP-DEF", _ => true, "account STP-DEF answers")).GetProperty("selfTradePrevention").GetString();
        var makerAfterRestart = await CrossAsync("STP-DEF", "stp-def-restarted");

        Assert.Equal(("venue-default", "expire-maker", "expire-maker"), (before, set, afterRestart));
        Assert.Equal("self-trade-prevented", maker.GetProperty("rejectionCode").GetString());
        Assert.Contains("stp-def-incoming-buy", maker.GetProperty("rejectionMessage").GetString());
        Assert.Equal("Accepted", ownSell.GetProperty("status").GetString());
        Assert.Equal("self-trade-prevented", makerAfterRestart.GetProperty("rejectionCode").GetString());
        Assert.Contains("stp-def-restarted-incoming-buy", makerAfterRestart.GetProperty("rejectionMessage").GetString());
    }

    [Fact]
    public async Task A_default_mode_back_to_the_venue_default_a_bad_mode_and_a_missing_one_are_answered_with_what_was_wrong()
    {
        await _api.OpenFundedAsync("STP-BAD", 1_000m);
        Accepted(await SetDefaultAsync("STP-BAD", new { mode = "decrement" }));
        Accepted(await SetDefaultAsync("STP-BAD", new { mode = "venue-default" }));
        var cleared = (await _api.WhenAsync("api/risk/STP-BAD", _ => true, "account STP-BAD answers")).GetProperty("selfTradePrevention").GetString();
        var bad = await SetDefaultAsync("STP-BAD", new { mode = "cancel-newest" });
        var missing = await SetDefaultAsync("STP-BAD", new { });
        var nobody = await SetDefaultAsync("STP-NOBODY", new { mode = "expire-maker" });

        Assert.Equal("venue-default", cleared);
        Assert.Equal((400, "invalid-mode"), (bad.Status, Code(bad)));
        Assert.Contains("cancel-newest", bad.Body.GetProperty("message").GetString());
        Assert.Equal((400, "missing-field"), (missing.Status, Code(missing)));
        Assert.Equal(422, nobody.Status);
    }

    [Fact]
    public async Task Hive_ctl_sets_the_default_shows_it_and_refuses_a_mode_that_does_not_exist()
    {
        await _api.OpenFundedAsync("STP-CTL", 1_000m);
        Task<(int ExitCode, string Stdout, string Stderr)> Ctl(params string[] args) =>
            InProcessHive.RunAsync(["ctl", node.HttpAddress, "risk", .. args, "--token-file", node.TokenFile]);
        // The risk view answers once the read side knows the account, a moment after it opened.
        Task<JsonElement> ModeIsAsync(string mode) => _api.WhenAsync("api/risk/STP-CTL",
            r => r.GetProperty("selfTradePrevention").GetString() == mode, $"account STP-CTL's self-trade prevention {mode}");

        var (exit, stdout, stderr) = await Ctl("self-trade-prevention", "STP-CTL", "expire-both");
        Assert.True(exit == 0, stderr);
        Assert.Contains("self-trade prevention of account STP-CTL: expire-both", stdout);
        await ModeIsAsync("expire-both");
        var (_, shown, _) = await Ctl("limits", "show", "STP-CTL");
        Assert.Contains("self-trade prevention expire-both", shown);

        var (badExit, _, badErr) = await Ctl("self-trade-prevention", "STP-CTL", "expire-everything");
        Assert.Equal(2, badExit);
        Assert.Contains("expire-everything", badErr);
        await ModeIsAsync("expire-both");

        var (clearExit, _, clearErr) = await Ctl("self-trade-prevention", "STP-CTL", "venue-default");
        Assert.True(clearExit == 0, clearErr);
        await ModeIsAsync("venue-default");
    }
}
