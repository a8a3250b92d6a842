using System.Globalization;
using System.Text.Json;
using Hive.Cluster.Ctl;
using Hive.Cluster.Reports;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests.Reports;

/// <summary>Account statements on a real node: <c>GET /api/accounts/{id}/statement</c> folded from the account's journal, and
/// <c>hive report statement</c> as CSV, JSON and HTML. A round trip of 10 SIM:SPX bought at 101 and sold at 102 realizes 10.</summary>
public sealed class StatementReportSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private readonly TradingApi _api = new(node);

    private async Task FilledAtNextBarAsync(string id, string side, decimal open)
    {
        Accepted(await _api.SubmitAsync(id, "STMT-1", side, 10m, referencePrice: 101m));
        await _api.OrderInStatusAsync(id, "Accepted");
        await _api.PushBarAsync("SIM:SPX", open, open + 1m, open - 1m, open);
        await _api.OrderInStatusAsync(id, "Filled");
    }

    [Fact]
    public async Task A_statement_holds_the_deposit_and_both_fills_with_fees_and_realized_pnl_and_ends_at_the_accounts_cash()
    {
        await _api.OpenFundedAsync("STMT-1", 100_000m);
        await _api.PushBarAsync("SIM:SPX", 100m, 101m, 99m, 100m);
        await FilledAtNextBarAsync("stmt-buy", "buy", 101m);
        await FilledAtNextBarAsync("stmt-sell", "sell", 102m);
        var account = await _api.AccountWhenAsync("STMT-1", a => a.GetProperty("fillsBooked").GetInt64() == 2, "booked both fills");
        var cash = account.GetProperty("cash").GetProperty("USD").GetDecimal();
        var fees = account.GetProperty("fees").GetProperty("USD").GetDecimal();
        var afterwards = DateTime.UtcNow.AddSeconds(1).ToString("O", CultureInfo.InvariantCulture);
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("O", CultureInfo.InvariantCulture);

        var (status, statement) = await node.GetAsync("api/accounts/STMT-1/statement");
        var (_, quiet) = await node.GetAsync($"api/accounts/STMT-1/statement?from={Uri.EscapeDataString(afterwards)}&to={Uri.EscapeDataString(tomorrow)}");
        var (badStatus, bad) = await node.GetAsync("api/accounts/STMT-1/statement?from=yesterday");
        var (unknownStatus, _) = await node.GetAsync("api/accounts/STMT-NOBODY/statement");
        var (backwardsStatus, backwards) = await node.GetAsync($"api/accounts/STMT-1/statement?from={Uri.EscapeDataString(tomorrow)}");

        Assert.Equal(200, status);
        var usd = statement.GetProperty("balances").EnumerateArray().Single(b => b.GetProperty("currency").GetString() == "USD");
        Assert.Equal((0m, 100_000m, 1_010m, 1_020m, 10m, fees, cash), (D(usd, "opening"), D(usd, "deposits"), D(usd, "bought"), D(usd, "sold"),
            D(usd, "realizedPnl"), D(usd, "fees"), D(usd, "closing")));
        Assert.Equal(100_000m - 1_010m + 1_020m - fees, cash);
        var lines = statement.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(["deposit STMT-1-funding 100000", "fill -1010 0", "fill 1020 10"], lines.Select(l => l.GetProperty("kind").GetString() == "deposit"
            ? $"deposit {l.GetProperty("reference").GetString()} {D(l, "amount"):0.##}" : $"fill {D(l, "amount"):0.##} {D(l, "realizedPnl"):0.##}"));
        Assert.Equal(cash, D(lines[^1], "balance"));
        Assert.Empty(quiet.GetProperty("lines").EnumerateArray());
        Assert.Equal(cash, D(quiet.GetProperty("balances")[0], "opening"));
        Assert.Equal((400, "invalid-time"), (badStatus, bad.GetProperty("code").GetString()));
        Assert.Equal(404, unknownStatus);
        Assert.Equal((400, "invalid-period"), (backwardsStatus, backwards.GetProperty("code").GetString()));

        var (exit, csv, stderr) = await InProcessHive.RunAsync(["report", node.HttpAddress, "statement", "--account", "STMT-1", "--token-file", node.TokenFile]);
        var (jsonExit, json, _) = await InProcessHive.RunAsync(["report", node.HttpAddress, "statement", "-a", "STMT-1", "--to", afterwards, "--json", "--token-file", node.TokenFile]);

        Assert.True(exit == CtlExit.Ok, stderr);
        var rows = csv.Trim().Split('\n').Select(l => l.TrimEnd('\r').Split(',')).ToList();
        Assert.Equal(AccountStatementCsv.Header, string.Join(',', rows[0]));
        Assert.Equal(["opening", "deposit", "fill", "fill", "closing"], rows.Skip(1).Where(r => r[9] == "USD").Select(r => r[1]));
        var sell = rows.Single(r => r[3] == "stmt-sell");
        Assert.Equal(("SIM:SPX", "sell", "10", "102", "1020", "10"), (sell[4], sell[5], sell[6], sell[7], sell[10], sell[13]));
        var closing = rows.Last(r => r[1] == "closing" && r[9] == "USD");
        Assert.Equal((cash, fees, 10m), (decimal.Parse(closing[10], CultureInfo.InvariantCulture), decimal.Parse(closing[11], CultureInfo.InvariantCulture),
            decimal.Parse(closing[13], CultureInfo.InvariantCulture)));
        Assert.Equal(CtlExit.Ok, jsonExit);
        Assert.Equal(3, JsonDocument.Parse(json).RootElement.GetProperty("lines").GetArrayLength());

        var page = Path.Combine(Path.GetTempPath(), $"hive-statement-{Guid.NewGuid():N}.html");
        var (htmlExit, _, htmlErr) = await InProcessHive.RunAsync(["report", node.HttpAddress, "statement", "-a", "STMT-1", "--format", "html", "--out", page,
            "--token-file", node.TokenFile]);
        Assert.True(htmlExit == CtlExit.Ok, htmlErr);
        var html = await File.ReadAllTextAsync(page);
        File.Delete(page);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("Statement of account STMT-1", html);
        Assert.Contains($"<td class=\"num\">{ReportFormat.Money(cash)}</td>", html);
        Assert.Contains("id=\"cash-USD\"", html);
        Assert.Equal(3, html.Split("<tr class=\"").Length - 1);
    }

    private static decimal D(JsonElement e, string name) => e.GetProperty(name).GetDecimal();
}
