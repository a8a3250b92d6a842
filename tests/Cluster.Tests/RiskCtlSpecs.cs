using System.Text.Json;
using Hive.Cluster.Ctl;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests;

/// <summary>`hive ctl risk`, run in-process against a real node: limits set and shown (table and JSON), halt and resume,
/// kill switches engaged, listed, refused twice and released; refusals exit 1 with the API's code.</summary>
public sealed class RiskCtlSpecs(NodeFixture node) : IClassFixture<NodeFixture>
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
    public async Task Limits_are_set_and_shown_and_a_bad_limit_exits_1_naming_the_field()
    {
        await _api.OpenFundedAsync("CTL-RISK", 10_000m);
        var set = await Ctl("risk", "limits", "set", "CTL-RISK", "--max-order-notional", "5000", "--max-drawdown", "0.2", "--loss-breach-state", "reducing");
        var narrowed = await Ctl("risk", "limits", "set", "CTL-RISK", "--strategy", "s1", "--max-order-quantity", "10");
        var bad = await Ctl("risk", "limits", "set", "CTL-RISK", "--price-collar", "0");
        var json = await _api.WhenAsync("api/risk/CTL-RISK", r => r.GetProperty("byStrategy").TryGetProperty("s1", out _), "shows the narrowing");
        var show = await Ctl("risk", "limits", "show", "CTL-RISK");
        var shown = await CtlJson("risk", "limits", "show", "CTL-RISK");

        Assert.True(set.ExitCode == CtlExit.Ok, set.Stderr);
        Assert.Contains("maxOrderNotional 5000", set.Stdout);
        Assert.Equal(CtlExit.Ok, narrowed.ExitCode);
        Assert.Equal(CtlExit.Failed, bad.ExitCode);
        Assert.Contains("priceCollar", bad.Stderr);
        Assert.Contains("maxDrawdown", show.Stdout);
        Assert.Contains("strategy s1", show.Stdout);
        Assert.Equal(5000m, shown.GetProperty("limits").GetProperty("maxOrderNotional").GetDecimal());
        Assert.Equal(0.2m, json.GetProperty("limits").GetProperty("maxDrawdown").GetDecimal());
    }

    [Fact]
    public async Task Halt_resume_and_kill_switches_through_ctl_record_who_and_why()
    {
        await _api.OpenFundedAsync("CTL-KILL", 10_000m);
        var halt = await Ctl("risk", "halt", "CTL-KILL", "--reason", "desk review", "--by", "carol");
        var again = await Ctl("risk", "halt", "CTL-KILL", "--reason", "twice");
        // Shown once the read side has seen the account opened (a moment after the write).
        await _api.WhenAsync("api/risk/CTL-KILL", r => r.GetProperty("state").GetString() == "halted", "shows the halt");
        var halted = await CtlJson("risk", "limits", "show", "CTL-KILL");
        var resume = await Ctl("risk", "resume", "CTL-KILL", "--reason", "reviewed");
        var noReason = await Ctl("risk", "halt", "CTL-KILL");

        var kill = await Ctl("risk", "kill", "--account", "CTL-KILL", "--reason", "runaway", "--by", "dave");
        var twice = await Ctl("risk", "kill", "--account", "CTL-KILL", "--reason", "again");
        var list = await Ctl("risk", "kill-switches");
        var listed = await CtlJson("risk", "kill-switches");
        var release = await Ctl("risk", "kill", "--account", "CTL-KILL", "--release", "--reason", "fixed");
        var breakers = await Ctl("risk", "breakers");
        var breakersJson = await CtlJson("risk", "breakers");

        Assert.True(halt.ExitCode == CtlExit.Ok, halt.Stderr);
        Assert.Contains("account CTL-KILL is halted", halt.Stdout);
        Assert.Equal(CtlExit.Failed, again.ExitCode);
        Assert.Contains("trading-state-unchanged", again.Stderr);
        Assert.Equal("desk review", halted.GetProperty("stateReason").GetString());
        Assert.Equal(CtlExit.Ok, resume.ExitCode);
        Assert.NotEqual(CtlExit.Ok, noReason.ExitCode);
        Assert.True(kill.ExitCode == CtlExit.Ok, kill.Stderr);
        Assert.Contains("kill switch of account CTL-KILL engaged", kill.Stdout);
        Assert.Equal(CtlExit.Failed, twice.ExitCode);
        Assert.Contains("kill-switch-engaged", twice.Stderr);
        Assert.Contains("runaway", list.Stdout);
        Assert.Equal("dave", listed.GetProperty("engaged").EnumerateArray().Single(k => k.GetProperty("account").GetString() == "CTL-KILL")
            .GetProperty("by").GetString());
        Assert.True(release.ExitCode == CtlExit.Ok, release.Stderr);
        Assert.True(breakers.ExitCode == CtlExit.Ok, breakers.Stderr);
        Assert.Contains("SIM:SPX", breakers.Stdout);
        Assert.Contains(breakersJson.GetProperty("breakers").EnumerateArray(), b => b.GetProperty("assetClass").GetString() == "crypto"
            && b.GetProperty("maxMove").GetDecimal() == 0.20m);
    }
}
