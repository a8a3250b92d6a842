using System.Text.Json;

namespace Hive.Cluster.Tests;

/// <summary>
/// An account's exposure and VaR/CVaR on a real node, in <c>GET /api/risk/{account}</c> and <c>hive ctl risk show</c>. The node
/// imported no samples, so SIM:SPX's history is the bundled S&amp;P 500, whose last 250 daily returns run 2019-04-23 to 2020-04-17.
/// </summary>
public sealed class AccountVarSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private readonly TradingApi _api = new(node);

    // 1,000 × each return, sorted; k = ⌈(1 − c)·250⌉ = 13 and 3: computed independently with python3's standard library from
    // sample-data/sp500-daily.csv (r = close / previous close − 1 in double, the last 250), rounded to the cent.
    private static readonly (double Confidence, decimal Var, decimal Cvar)[] Expected = [(0.95, 29.78m, 52.65m), (0.99, 75.97m, 96.97m)];

    [Fact]
    public async Task The_accounts_var_and_cvar_are_its_positions_daily_pnl_over_their_history_with_the_exposure()
    {
        await _api.LongSpxAsync("VAR-1", 10m, 100m);

        var risk = await _api.WhenAsync("api/risk/VAR-1", r => r.GetProperty("valueAtRisk").GetArrayLength() == 1, "estimates the position's VaR");
        var usd = risk.GetProperty("valueAtRisk")[0];
        Assert.Equal(("USD", 250, "2019-04-23", "2020-04-17"),
            (usd.GetProperty("currency").GetString(), usd.GetProperty("observations").GetInt32(), usd.GetProperty("from").GetString(), usd.GetProperty("to").GetString()));
        Assert.Equal(Expected, usd.GetProperty("results").EnumerateArray()
            .Select(e => (e.GetProperty("confidence").GetDouble(), e.GetProperty("var").GetDecimal(), e.GetProperty("cvar").GetDecimal())));
        var exposure = risk.GetProperty("exposure")[0];
        Assert.Equal((1000m, 1000m), (exposure.GetProperty("gross").GetDecimal(), exposure.GetProperty("net").GetDecimal()));
        Assert.Equal("stock", exposure.GetProperty("byAssetClass")[0].GetProperty("name").GetString());

        var (exit, table, stderr) = await InProcessHive.RunAsync(["ctl", node.HttpAddress, "risk", "show", "VAR-1", "--token-file", node.TokenFile]);
        Assert.True(exit == 0, stderr);
        Assert.Contains("75.97", table);
        Assert.Contains("SIM:SPX", table);
        Assert.Contains("maxOrderNotional", table);
    }

    [Fact]
    public async Task An_account_without_positions_has_no_exposure_and_nothing_to_estimate()
    {
        await _api.OpenFundedAsync("VAR-2", 1_000m);
        var risk = await _api.WhenAsync("api/risk/VAR-2", r => r.TryGetProperty("valueAtRisk", out _), "shows the account's risk");
        Assert.Equal(0, risk.GetProperty("valueAtRisk").GetArrayLength());
        Assert.Equal(0, risk.GetProperty("exposure").GetArrayLength());
    }
}
