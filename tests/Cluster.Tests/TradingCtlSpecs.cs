using System.Text.Json;
using Hive.Cluster.Ctl;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests;

/// <summary>The trading palettes of `hive ctl`, run in-process (the same command tree as the executable, output
/// captured) against a real node.</summary>
public sealed class TradingCtlSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private readonly TradingApi _api = new(node);

    private Task<(int ExitCode, string Stdout, string Stderr)> Ctl(params string[] args) =>
        InProcessHive.RunAsync(["ctl", node.HttpAddress, .. args, "--token-file", node.TokenFile]);

    private async Task<JsonElement> CtlJson(params string[] args)
    {
        var (exit, stdout, stderr) = await Ctl([.. args, "--json"]);
        Assert.True(exit == CtlExit.Ok, $"hive ctl {string.Join(' ', args)} exited {exit}: {stderr}");
        using var doc = JsonDocument.Parse(stdout);
        return doc.RootElement.Clone();
    }

    [Fact]
    public async Task Account_open_deposit_and_show_render_balances_and_the_json_is_the_api_view()
    {
        var open = await Ctl("account", "open", "CTL-ACC", "--type", "cash");
        var deposit = await Ctl("account", "deposit", "CTL-ACC", "--currency", "USD", "--amount", "1234.5", "--transfer-id", "ctl-acc-1");
        var again = await Ctl("account", "deposit", "CTL-ACC", "--currency", "USD", "--amount", "1234.5", "--transfer-id", "ctl-acc-1");
        // An account is shown once the read side has seen it opened (a moment after the write).
        await _api.AccountWhenAsync("CTL-ACC", _ => true, "is known to the read side");
        var show = await Ctl("account", "show", "CTL-ACC");
        var json = await CtlJson("account", "show", "CTL-ACC");
        var missing = await Ctl("account", "show", "NOBODY");

        Assert.Equal(CtlExit.Ok, open.ExitCode);
        Assert.Contains("CTL-ACC is open", open.Stdout);
        Assert.Equal(CtlExit.Ok, deposit.ExitCode);
        Assert.Contains("transfer ctl-acc-1", deposit.Stdout);
        Assert.Contains("already applied", again.Stdout);
        Assert.True(show.ExitCode == CtlExit.Ok, show.Stderr);
        Assert.Contains("USD", show.Stdout);
        Assert.Contains("1,234.50", show.Stdout);
        Assert.Contains("Buying power", show.Stdout);
        Assert.Contains("no positions", show.Stdout);
        Assert.Equal(1234.5m, In(json.GetProperty("cash"), "USD"));
        Assert.Equal(CtlExit.Failed, missing.ExitCode);
        Assert.Contains("does not exist", missing.Stderr);
    }

    [Fact]
    public async Task Orders_submitted_with_ctl_are_listed_shown_with_their_fills_and_a_refused_cancel_exits_1()
    {
        await _api.OpenFundedAsync("CTL-ORD", 50_000m);
        await _api.WithoutCollarAsync("CTL-ORD");
        await _api.PushBarAsync("SIM:SPX", 200.00m, 201.00m, 199.00m, 200.00m);

        var market = await Ctl("orders", "submit", "--account", "CTL-ORD", "--instrument", "SIM:SPX", "--side", "buy", "--quantity", "3",
            "--id", "ctl-mkt-1", "--reference-price", "200");
        var limit = await Ctl("order", "submit", "-a", "CTL-ORD", "-i", "SIM:SPX", "--side", "buy", "-q", "2", "--limit-price", "150.5",
            "--tif", "gtc");
        await _api.OrderInStatusAsync("ctl-mkt-1", "Accepted");
        await _api.PushBarAsync("SIM:SPX", 201.50m, 202.00m, 201.00m, 201.75m);
        await _api.OrderInStatusAsync("ctl-mkt-1", "Filled");

        var generatedId = limit.Stdout.Split(' ')[1];
        var list = await Ctl("orders", "list", "--account", "CTL-ORD");
        var listJson = await CtlJson("orders", "list", "--account", "CTL-ORD", "--limit", "1");
        var show = await Ctl("orders", "show", "ctl-mkt-1");
        var showJson = await CtlJson("orders", "show", "ctl-mkt-1");
        var fills = await Ctl("fills", "--account", "CTL-ORD");
        var refused = await Ctl("orders", "cancel", "ctl-mkt-1");
        await _api.OrderInStatusAsync(generatedId, "Accepted");
        var cancel = await Ctl("orders", "cancel", generatedId, "--reason", "test over");
        var cancelled = await _api.OrderInStatusAsync(generatedId, "Cancelled");

        Assert.True(market.ExitCode == CtlExit.Ok, market.Stderr);
        Assert.Contains("order ctl-mkt-1 submitted", market.Stdout);
        Assert.True(limit.ExitCode == CtlExit.Ok, limit.Stderr);
        Assert.StartsWith("ctl-", generatedId);
        Assert.Contains("buy 2 SIM:SPX limit @ 150.5", limit.Stdout);
        Assert.Contains($"order {generatedId} is working at the venue (accepted, limit 150.50)", limit.Stdout);
        Assert.Contains("order ctl-mkt-1 is working at the venue: a market order fills at the next bar's open", market.Stdout);

        Assert.Equal(CtlExit.Ok, list.ExitCode);
        Assert.Contains("ctl-mkt-1", list.Stdout);
        Assert.Contains(generatedId, list.Stdout);
        Assert.Contains("Filled", list.Stdout);
        Assert.Contains("201.50", list.Stdout);
        Assert.Contains("2 order(s)", list.Stdout);
        Assert.Equal(1, listJson.GetProperty("count").GetInt32());

        Assert.Equal(CtlExit.Ok, show.ExitCode);
        Assert.Contains("SIM:SPX", show.Stdout);
        Assert.Contains("buy / market / gtc", show.Stdout);
        var trade = showJson.GetProperty("fills")[0].GetProperty("tradeId").GetString()!;
        Assert.Contains(trade, show.Stdout);
        Assert.Contains("taker", show.Stdout);
        Assert.Contains(trade, fills.Stdout);
        Assert.Contains("1 fill(s)", fills.Stdout);

        Assert.Equal(CtlExit.Failed, refused.ExitCode);
        Assert.Contains("invalid-transition", refused.Stderr);
        Assert.Equal(CtlExit.Ok, cancel.ExitCode);
        Assert.Contains($"cancel of order {generatedId} requested", cancel.Stdout);
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Submit_waits_for_the_account_and_a_lack_of_buying_power_exits_1_naming_the_currency_the_instrument_is_quoted_in()
    {
        await _api.OpenFundedAsync("CTL-USD-ONLY", 100_000m);

        var (exit, stdout, stderr) = await Ctl("orders", "submit", "--account", "CTL-USD-ONLY", "--instrument", "SIMX:BTC-USDT", "--side", "buy",
            "--quantity", "0.1", "--reference-price", "40000", "--id", "ctl-no-usdt");

        Assert.Equal(CtlExit.Failed, exit);
        Assert.Contains("order ctl-no-usdt submitted", stdout);
        Assert.Contains("order ctl-no-usdt rejected: account CTL-USD-ONLY has 0.00 USDT of buying power", stderr);
        Assert.Contains("SIMX:BTC-USDT is quoted in USDT", stderr);
        Assert.Contains("--currency USDT", stderr);
        Assert.Contains("(insufficient-buying-power)", stderr);
    }

    [Fact]
    public async Task Submit_for_an_account_that_is_not_open_exits_1_unless_told_not_to_wait()
    {
        var waited = await Ctl("orders", "submit", "--account", "CTL-NEVER-OPENED", "--instrument", "SIM:SPX", "--side", "buy", "--quantity", "1",
            "--reference-price", "100", "--id", "ctl-closed-1");
        var notWaited = await Ctl("orders", "submit", "--account", "CTL-NEVER-OPENED", "--instrument", "SIM:SPX", "--side", "buy", "--quantity", "1",
            "--reference-price", "100", "--id", "ctl-closed-2", "--no-wait");

        Assert.Equal(CtlExit.Failed, waited.ExitCode);
        Assert.Contains("order ctl-closed-1 rejected: account CTL-NEVER-OPENED is not open", waited.Stderr);
        Assert.Contains("(account-not-open)", waited.Stderr);
        Assert.Equal(CtlExit.Ok, notWaited.ExitCode);
        Assert.Contains("order ctl-closed-2 submitted", notWaited.Stdout);
        Assert.DoesNotContain("rejected", notWaited.Stdout + notWaited.Stderr);
        await _api.OrderInStatusAsync("ctl-closed-2", "Rejected");
    }

    [Fact]
    public async Task Account_show_lists_positions_marked_at_the_last_price()
    {
        await _api.OpenFundedAsync("CTL-POS", 10_000m);
        await _api.PushBarAsync("SIMX:BTC-USDT", 40_000m, 40_100m, 39_900m, 40_000m);
        var deposit = await Ctl("account", "deposit", "CTL-POS", "--currency", "USDT", "--amount", "20000");
        Accepted(await _api.SubmitAsync("ctl-btc-1", "CTL-POS", "buy", 0.25m, referencePrice: 40_000m, instrument: "SIMX:BTC-USDT"));
        await _api.OrderInStatusAsync("ctl-btc-1", "Accepted");
        await _api.PushBarAsync("SIMX:BTC-USDT", 40_200m, 40_400m, 40_100m, 40_300m);
        await _api.AccountWhenAsync("CTL-POS", a => a.GetProperty("fillsBooked").GetInt32() == 1, "books the fill");

        var show = await Ctl("account", "show", "CTL-POS");

        Assert.Equal(CtlExit.Ok, deposit.ExitCode);
        Assert.Contains("transfer ctl-dep-", deposit.Stdout);
        Assert.Equal(CtlExit.Ok, show.ExitCode);
        Assert.Contains("SIMX:BTC-USDT", show.Stdout);
        Assert.Contains("0.25", show.Stdout);
        Assert.Contains("40,200.00", show.Stdout);
        // Marked at the close: 0.25 x (40,300 - 40,200).
        Assert.Contains("25.00", show.Stdout);
        Assert.Contains("USDT", show.Stdout);
    }

    [Fact]
    public async Task Strategies_start_list_and_stop_through_ctl()
    {
        await _api.OpenFundedAsync("CTL-STRAT", 10_000m);

        var start = await Ctl("strategy", "start", "ctl-sma", "--kind", "sma-cross", "--account", "CTL-STRAT",
            "--param", "instrument=SIMFX:EUR-USD", "--param", "fast=2", "-p", "slow=4");
        var unknown = await Ctl("strategy", "start", "ctl-bad", "--kind", "martingale", "--account", "CTL-STRAT");
        // Lists come from the read side, a moment behind the writes.
        await _api.WhenAsync("api/strategies/ctl-sma", s => s.GetProperty("running").GetBoolean(), "strategy ctl-sma is listed running");
        var list = await Ctl("strategy", "list");
        var json = await CtlJson("strategies", "list");
        var stop = await Ctl("strategy", "stop", "ctl-sma", "--reason", "done");
        await _api.WhenAsync("api/strategies/ctl-sma", s => !s.GetProperty("running").GetBoolean(), "strategy ctl-sma is listed stopped");
        var shown = await CtlJson("strategy", "show", "ctl-sma");

        Assert.True(start.ExitCode == CtlExit.Ok, start.Stderr);
        Assert.Contains("strategy ctl-sma started", start.Stdout);
        Assert.Equal(CtlExit.Failed, unknown.ExitCode);
        Assert.Contains("invalid-strategy-parameters", unknown.Stderr);
        Assert.Equal(CtlExit.Ok, list.ExitCode);
        Assert.Contains("ctl-sma", list.Stdout);
        Assert.Contains("sma-cross", list.Stdout);
        Assert.Contains("instrument=SIMFX:EUR-USD", list.Stdout);
        Assert.Matches("(?s)catalog: .*sma-cross", list.Stdout);
        var listed = json.GetProperty("strategies").EnumerateArray().Single(s => s.GetProperty("strategyId").GetString() == "ctl-sma");
        Assert.True(listed.GetProperty("running").GetBoolean());
        Assert.Equal(CtlExit.Ok, stop.ExitCode);
        Assert.False(shown.GetProperty("running").GetBoolean());
        Assert.Equal("done", shown.GetProperty("stopReason").GetString());
    }

    [Theory]
    [InlineData("orders", "submit", "--instrument", "SIM:SPX", "--side", "buy", "--quantity", "1")]
    [InlineData("orders", "submit", "--account", "A", "--instrument", "SIM:SPX", "--side", "hold", "--quantity", "1")]
    [InlineData("orders", "submit", "--account", "A", "--instrument", "SIM:SPX", "--side", "buy", "--quantity", "lots")]
    [InlineData("orders", "replace", "some-order")]
    [InlineData("strategy", "start", "s", "--kind", "sma-cross", "--account", "A", "--param", "no-equals-sign")]
    [InlineData("account", "open", "A", "--type", "shares")]
    [InlineData("orders", "explode")]
    public async Task A_command_line_that_does_not_make_sense_exits_with_the_usage_code(params string[] args)
    {
        var (exit, stdout, stderr) = await Ctl(args);

        Assert.Equal(CtlExit.Usage, exit);
        Assert.False(string.IsNullOrWhiteSpace(stdout + stderr));
    }

    [Fact]
    public async Task Help_explains_the_trading_palettes()
    {
        var orders = await Ctl("orders", "--help");
        var submit = await Ctl("orders", "submit", "--help");

        Assert.Equal(CtlExit.Ok, orders.ExitCode);
        foreach (var command in new[] { "list", "show", "submit", "cancel", "replace" }) Assert.Contains(command, orders.Stdout);
        Assert.Contains("idempotency key", submit.Stdout);
        Assert.Contains("--limit-price", submit.Stdout);
    }
}
