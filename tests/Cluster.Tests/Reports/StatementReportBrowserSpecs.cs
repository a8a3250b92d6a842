using System.Text;
using Hive.Cluster.Reports;
using Hive.Cluster.Trading;
using Hive.Core.Accounts.Statements;

namespace Hive.Cluster.Tests.Reports;

/// <summary>The HTML account statement opened in headless Chromium from a file, with the network cut: its tables hold the
/// statement's figures and its cash chart draws a point per booking. The statement is hand-made: a deposit of 10,000 USD, a buy
/// of 10 SIM:AAA at 100 (fee 1) and a sell at 110 (fee 1.10) that realizes 100.</summary>
public sealed class StatementReportBrowserSpecs(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private static readonly DateTime Day = new(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);
    private readonly string _folder = Directory.CreateTempSubdirectory("hive-statement-report-").FullName;
    private readonly List<string> _problems = [];
    private readonly List<string> _requests = [];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static AccountStatementView Statement(bool empty = false) => new("ACC-7", Day, Day.AddDays(1),
        empty ? [] : [new StatementBalance("USD", 0m, 10_000m, 1_000m, 1_100m, 2.10m, 100m, 10_097.90m)],
        empty ? [] :
        [
            new StatementLine(Day.AddHours(9), "deposit", "wire-1", "USD", 10_000m, 10_000m),
            new StatementLine(Day.AddHours(10), "fill", "T-1", "USD", -1_000m, 8_999m, "ord-1", "SIM:AAA", "buy", 10m, 100m, Day.AddHours(10), 1m, "USD"),
            new StatementLine(Day.AddHours(11), "fill", "T-2", "USD", 1_100m, 10_097.90m, "ord-2", "SIM:AAA", "sell", 10m, 110m, Day.AddHours(11), 1.10m, "USD", 100m),
        ],
        []);

    private async Task<Microsoft.Playwright.IPage> OpenAsync(AccountStatementView statement)
    {
        var path = Path.Combine(_folder, "statement.html");
        await File.WriteAllTextAsync(path, AccountStatementHtml.Render(statement), new UTF8Encoding(false));
        return await chromium.OpenOfflineAsync(path, _problems, _requests);
    }

    [Fact]
    public async Task Opened_offline_the_statement_shows_its_sums_its_ledger_and_a_chart_of_the_cash()
    {
        var page = await OpenAsync(Statement());

        Assert.Equal("Statement of account ACC-7", await page.InnerTextAsync("#title"));
        var sums = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#balances tbody td')].map(td => td.innerText)");
        Assert.Equal(["USD", "0.00", "10,000.00", "-1,000.00", "1,100.00", "-2.10", "10,097.90", "100.00"], sums);
        Assert.Equal(3, await page.EvaluateAsync<int>("() => document.querySelectorAll('#ledger tbody tr').length"));
        var sell = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#ledger tr.fill')[1].cells].map(td => td.innerText)");
        Assert.Equal(["sell", "10", "110.00", "1,100.00 USD", "1.10 USD", "100.00", "10,097.90"], sell[5..]);
        // The cash line: the opening, a point per booking, the closing.
        var points = await page.EvaluateAsync<int>("() => (document.querySelector('#cash-USD path.equity.line').getAttribute('d').match(/[ML]/g) || []).length");
        Assert.Equal(5, points);
        var height = await page.EvaluateAsync<double>("() => document.querySelector('#cash-USD path.equity.line').getBBox().height");
        Assert.True(height > 40, $"the cash line is flat: {height}");
        Assert.Contains("no open positions", await page.InnerTextAsync("#positions"));
        Assert.Empty(_problems);
        Assert.Single(_requests);
    }

    [Fact]
    public async Task A_quiet_period_says_so_instead_of_drawing_nothing()
    {
        var page = await OpenAsync(Statement(empty: true));

        Assert.Contains("nothing booked in the period", await page.InnerTextAsync("#ledger"));
        Assert.Contains("no cash in any currency", await page.InnerTextAsync("body"));
        Assert.Empty(_problems);
    }
}
