using System.Text.Json;
using Hive.Cluster.Ctl;
using Hive.Cluster.Reports;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests.Reports;

/// <summary>The best-execution summary on a real node: a market buy of 10 SIM:SPX placed when the last price was 100 and filled at
/// the next bar's open of 101 costs 100 bps against its arrival and nothing against the tape's VWAP (its own fill alone).</summary>
public sealed class BestExecutionReportSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private readonly TradingApi _api = new(node);

    [Fact]
    public async Task A_market_buy_filled_a_point_above_its_arrival_price_shows_100_bps_of_slippage_in_the_api_and_the_csv()
    {
        await _api.OpenFundedAsync("BX-1", 100_000m);
        await _api.PushBarAsync("SIM:SPX", 100m, 101m, 99m, 100m);
        Accepted(await _api.SubmitAsync("bx-buy", "BX-1", "buy", 10m, referencePrice: 100m));
        await _api.OrderInStatusAsync("bx-buy", "Accepted");
        await _api.PushBarAsync("SIM:SPX", 101m, 102m, 100m, 101m);
        var order = await _api.OrderInStatusAsync("bx-buy", "Filled");
        var fees = order.GetProperty("fees").GetDecimal();

        var (status, report) = await node.GetAsync("api/reports/best-execution?account=BX-1");
        var (badStatus, bad) = await node.GetAsync("api/reports/best-execution?from=yesterday");
        var (backwardsStatus, backwards) = await node.GetAsync("api/reports/best-execution?from=2030-01-01T00:00:00Z&to=2029-01-01T00:00:00Z");

        Assert.Equal(200, status);
        var row = Assert.Single(report.GetProperty("rows").EnumerateArray());
        Assert.Equal(("order", "SIM", "SIM:SPX", "market", 1), (row.GetProperty("group").GetString(), row.GetProperty("venue").GetString(),
            row.GetProperty("instrument").GetString(), row.GetProperty("type").GetString(), row.GetProperty("orders").GetInt32()));
        Assert.Equal((10m, 1m, 100m, 0m), (D(row, "filledQuantity"), D(row, "fillRate"), D(row, "slippageVsArrivalBps"), D(row, "slippageVsVwapBps")));
        Assert.Equal(Math.Round(fees / 1_010m * 10_000m, 4), D(row, "feesPerNotionalBps"));
        Assert.True(D(row, "timeToFillP50Seconds") > 0m, row.ToString());
        Assert.Equal((400, "invalid-time"), (badStatus, bad.GetProperty("code").GetString()));
        Assert.Equal((400, "invalid-period"), (backwardsStatus, backwards.GetProperty("code").GetString()));

        var (exit, csv, stderr) = await InProcessHive.RunAsync(["report", node.HttpAddress, "best-execution", "--account", "BX-1", "--token-file", node.TokenFile]);
        Assert.True(exit == CtlExit.Ok, stderr);
        var lines = csv.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(BestExecutionCsv.Header, lines[0]);
        Assert.StartsWith("order,SIM,SIM:SPX,market,1,10,10,1,100,0,", lines[1]);
    }

    private static decimal D(JsonElement e, string name) => e.GetProperty(name).GetDecimal();
}
