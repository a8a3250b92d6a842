using Hive.Cluster.Ctl;
using Hive.Cluster.Reports;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests.Reports;

/// <summary>`hive report blotter` against a real node: one account's fills of one day, as CSV, from the read side.</summary>
public sealed class BlotterReportSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private readonly TradingApi _api = new(node);

    private async Task<string> FilledAtNextBarAsync(string id, string side, decimal open)
    {
        Accepted(await _api.SubmitAsync(id, "BLOT-1", side, 10m, referencePrice: 101m));
        await _api.OrderInStatusAsync(id, "Accepted");
        await _api.PushBarAsync("SIM:SPX", open, open + 1m, open - 1m, open);
        var order = await _api.OrderInStatusAsync(id, "Filled");
        return order.GetProperty("fills")[0].GetProperty("tradeId").GetString()!;
    }

    [Fact]
    public async Task The_blotter_of_a_day_lists_that_days_fills_of_the_account_with_notional_and_nothing_of_other_days()
    {
        await _api.OpenFundedAsync("BLOT-1", 100_000m);
        await _api.PushBarAsync("SIM:SPX", 100m, 101m, 99m, 100m);
        var buy = await FilledAtNextBarAsync("blot-buy", "buy", 101m);
        var sell = await FilledAtNextBarAsync("blot-sell", "sell", 102m);
        await _api.WhenAsync("api/fills?account=BLOT-1", f => f.GetProperty("count").GetInt32() == 2, "lists both fills");
        var file = Path.Combine(node.DataDir, "blotter.csv");

        var (exit, stdout, stderr) = await InProcessHive.RunAsync(["report", node.HttpAddress, "blotter", "--account", "BLOT-1", "--day", "2024-01-03", "--token-file", node.TokenFile]);
        var (fileExit, _, _) = await InProcessHive.RunAsync(["report", node.HttpAddress, "blotter", "-a", "BLOT-1", "-d", "2024-01-04", "--out", file, "--token-file", node.TokenFile]);
        var (badExit, _, badError) = await InProcessHive.RunAsync(["report", node.HttpAddress, "blotter", "--account", "BLOT-1", "--day", "yesterday"]);

        Assert.True(exit == CtlExit.Ok, stderr);
        var lines = stdout.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(TradeBlotterCsv.Header, lines[0]);
        var row = Assert.Single(lines.Skip(1)).Split(',');
        Assert.Equal(("2024-01-03T00:00:00.000Z", buy, "blot-buy", "buy", "10", "101", "1010"), (row[0], row[1], row[2], row[5], row[6], row[7], row[8]));
        Assert.Equal(CtlExit.Ok, fileExit);
        var written = File.ReadAllLines(file);
        Assert.Equal(2, written.Length);
        Assert.StartsWith($"2024-01-04T00:00:00.000Z,{sell},blot-sell,BLOT-1,SIM:SPX,sell,10,102,1020,", written[1]);
        Assert.NotEqual(CtlExit.Ok, badExit);
        Assert.Contains("--day", badError);
    }
}
