using System.Text.Json;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests;

/// <summary>
/// Stress tests over HTTP on a real node: an account's position is replayed through the 2008 and 2020 windows of the bundled
/// S&amp;P 500 (the node imported no samples, so SIM:SPX falls back to the bundle) and shocked per asset class; the expected
/// figures are the sample's closes (sample-data/sp500-daily.csv) worked in decimal.
/// </summary>
public sealed class RiskStressSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private readonly TradingApi _api = new(node);

    // Closes of SIM:SPX: the window's first (2008-09-15), its highest (09-19), lowest (10-10) and last (10-15).
    private const decimal LehmanFirst = 1192.699951m, LehmanHigh = 1255.079956m, LehmanLow = 899.219971m, LehmanLast = 907.840027m;
    // 2020-02-19, the peak, and 2020-03-23, the trough and the window's last close.
    private const decimal CovidFirst = 3386.149902m, CovidLast = 2237.399902m;

    private async Task<JsonElement> LongTenAtHundredAsync(string account)
    {
        await _api.LongSpxAsync(account, 10m, 100m);
        return await _api.WhenAsync($"api/risk/{account}/stress", r => r.GetProperty("positions").GetInt32() == 1, "stresses the filled position");
    }

    private static JsonElement Scenario(JsonElement view, string name) =>
        view.GetProperty("scenarios").EnumerateArray().Single(s => s.GetProperty("scenario").GetString() == name);

    private static JsonElement Usd(JsonElement scenario) => Assert.Single(scenario.GetProperty("byCurrency").EnumerateArray().ToList());

    [Fact]
    public async Task A_position_replayed_through_the_2008_and_2020_windows_shows_the_indexs_moves_in_money()
    {
        var view = await LongTenAtHundredAsync("STRESS-1");

        // 10 at 100 is worth 1,000; it moves as the index did from the window's first close.
        var lehman = Usd(Scenario(view, "lehman-2008"));
        Assert.Equal(1000m * (LehmanLast / LehmanFirst) - 1000m, lehman.GetProperty("pnl").GetDecimal());
        Assert.Equal(1000m * (LehmanLow / LehmanFirst) - 1000m, lehman.GetProperty("worstPnl").GetDecimal());
        Assert.Equal("2008-10-10", lehman.GetProperty("worstDate").GetString());
        Assert.Equal(1000m * (LehmanHigh / LehmanFirst) - 1000m * (LehmanLow / LehmanFirst), lehman.GetProperty("worstDrawdown").GetDecimal());
        var covid = Scenario(view, "covid-2020");
        Assert.Equal(1000m * (CovidLast / CovidFirst) - 1000m, Usd(covid).GetProperty("pnl").GetDecimal());
        Assert.Equal(1000m - 1000m * (CovidLast / CovidFirst), Usd(covid).GetProperty("worstDrawdown").GetDecimal());
        var spx = Assert.Single(covid.GetProperty("instruments").EnumerateArray().ToList());
        Assert.Equal(("SIM:SPX", "stock", 100m), (spx.GetProperty("source").GetString(), spx.GetProperty("assetClass").GetString(), spx.GetProperty("mark").GetDecimal()));

        // The default shocks move stocks 20% down and up.
        Assert.Equal(-200m, Usd(Scenario(view, "shock-down")).GetProperty("pnl").GetDecimal());
        var up = Usd(Scenario(view, "shock-up"));
        Assert.Equal((200m, 0m), (up.GetProperty("pnl").GetDecimal(), up.GetProperty("worstDrawdown").GetDecimal()));
    }

    [Fact]
    public async Task Windows_and_shock_sizes_asked_for_replace_the_defaults()
    {
        await LongTenAtHundredAsync("STRESS-2");

        var (status, view) = await node.GetAsync("api/risk/STRESS-2/stress?window=2020-03-20..2020-03-23&shock=stock:0.3");
        Assert.Equal(200, status);
        Assert.Equal(["2020-03-20..2020-03-23", "shock-down", "shock-up"],
            view.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("scenario").GetString()));
        Assert.Equal(1000m * (2237.399902m / 2304.919922m) - 1000m, Usd(Scenario(view, "2020-03-20..2020-03-23")).GetProperty("pnl").GetDecimal());
        Assert.Equal(-300m, Usd(Scenario(view, "shock-down")).GetProperty("pnl").GetDecimal());
    }

    [Fact]
    public async Task Hive_risk_stress_shows_the_nodes_stress_tests_of_an_account_as_a_table_or_json()
    {
        await LongTenAtHundredAsync("STRESS-4");
        string[] stress = ["risk", "stress", "--account", "STRESS-4", "--node", node.HttpAddress, "--token-file", node.TokenFile];

        var (exit, table, stderr) = await InProcessHive.RunAsync([.. stress, "--shock", "stock:0.25"]);
        Assert.True(exit == 0, stderr);
        Assert.Contains("lehman-2008", table);
        Assert.Contains("-250.00", table);
        var (jsonExit, json, _) = await InProcessHive.RunAsync([.. stress, "--window", "2020-03-20..2020-03-23", "--json"]);
        Assert.Equal(0, jsonExit);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("2020-03-20..2020-03-23", doc.RootElement.GetProperty("scenarios")[0].GetProperty("scenario").GetString());
        var (badExit, _, badError) = await InProcessHive.RunAsync([.. stress, "--window", "2020-03-23"]);
        Assert.NotEqual(0, badExit);
        Assert.Contains("invalid-scenario", badError);
    }

    [Fact]
    public async Task A_bad_window_or_shock_or_an_unknown_account_is_refused_naming_it()
    {
        await _api.OpenFundedAsync("STRESS-3", 1_000m);
        await _api.WhenAsync("api/risk/STRESS-3/stress", r => r.TryGetProperty("scenarios", out _), "the read side knows the account");

        var backwards = await node.GetAsync("api/risk/STRESS-3/stress?window=2020-03-23..2020-02-19");
        Assert.Equal((400, "invalid-scenario"), (backwards.Status, Code(backwards)));
        Assert.Contains("2020-02-19 is not after 2020-03-23", backwards.Body.GetProperty("message").GetString());
        var bonds = await node.GetAsync("api/risk/STRESS-3/stress?shock=bonds:0.1");
        Assert.Equal((400, "invalid-scenario"), (bonds.Status, Code(bonds)));
        Assert.Contains("bonds:0.1", bonds.Body.GetProperty("message").GetString());
        Assert.Equal(404, (await node.GetAsync("api/risk/NOBODY/stress")).Status);

        // No positions: every scenario answers with the account's cash, which nothing moves.
        var (_, empty) = await node.GetAsync("api/risk/STRESS-3/stress");
        Assert.Equal(0, empty.GetProperty("positions").GetInt32());
        Assert.All(empty.GetProperty("scenarios").EnumerateArray(), s =>
        {
            var usd = Assert.Single(s.GetProperty("byCurrency").EnumerateArray());
            Assert.Equal(("USD", 1_000m, 1_000m, 0m), (usd.GetProperty("currency").GetString(), usd.GetProperty("cash").GetDecimal(),
                usd.GetProperty("equity").GetDecimal(), usd.GetProperty("pnl").GetDecimal()));
        });
    }
}
