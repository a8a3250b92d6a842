using Hive.Actors.Hosting;
using System.Text.Json;
using Hive.Cluster.Ctl;
using Hive.Cluster.Node;
using Hive.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Hive.Cluster.Tests;

/// <summary>
/// The README's promise: a node started with its defaults imports the sample data, runs the paper demo, and soon
/// `hive ctl orders list` shows filled orders while `hive ctl account show demo` shows positions and P&amp;L. The
/// account is recomputed here from the fills alone (cash, positions, average cost, realized P&amp;L, fees).
/// </summary>
public sealed class PaperDemoSpecs : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hive-demo-").FullName;
    private WebApplication? _app;
    private NodeOptions _options = new();

    public async Task InitializeAsync()
    {
        _options = new NodeOptions
        {
            DataDir = _dir, Port = FreePort.Next(), HttpPort = FreePort.Next(), AdminToken = "demo-token", ReplaySpeed = 100,
        };
        _app = NodeHost.Build(_options, NodeSettingsFactory.Create(_options), logging: l => l.SetMinimumLevel(LogLevel.Warning));
        await _app.StartAsync();
    }

    [Fact]
    public async Task The_demo_trades_and_the_demo_account_equals_what_its_fills_add_up_to()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        JsonElement orders;
        while (true)
        {
            orders = await CtlJson("orders", "list", "--account", "demo");
            var filled = orders.GetProperty("orders").EnumerateArray().Count(o => o.GetProperty("status").GetString() == "Filled");
            if (filled >= 6 && orders.GetProperty("orders").EnumerateArray().Any(o => o.GetProperty("instrument").GetString() == "SIMX:BTC-USDT")) break;
            Assert.True(DateTime.UtcNow < deadline, $"the demo did not fill orders on both instruments within 120 s ({filled} filled)");
            await Task.Delay(1000);
        }
        var (table, exitCode) = await Ctl("orders", "list", "--account", "demo");
        Assert.Equal(CtlExit.Ok, exitCode);
        Assert.Contains("Filled", table);
        await TheDashboardShowsTheDemoAsync();

        // Stop trading so that the fills and the account can be read as one consistent picture.
        foreach (var strategy in new[] { "demo-spx", "demo-btc" }) Assert.Equal(CtlExit.Ok, (await Ctl("strategy", "stop", strategy)).ExitCode);
        JsonElement account, fills;
        while (true)
        {
            account = await CtlJson("account", "show", "demo");
            fills = await CtlJson("fills", "--account", "demo", "--limit", "10000");
            var again = await CtlJson("account", "show", "demo");
            var open = (await CtlJson("orders", "list", "--account", "demo")).GetProperty("orders").EnumerateArray()
                .Count(o => o.GetProperty("status").GetString() is not ("Filled" or "Rejected" or "Cancelled" or "Expired"));
            if (open == 0 && account.GetProperty("fillsBooked").GetInt32() == fills.GetProperty("count").GetInt32()
                && again.GetProperty("fillsBooked").GetInt32() == account.GetProperty("fillsBooked").GetInt32()) break;
            Assert.True(DateTime.UtcNow < deadline + TimeSpan.FromSeconds(60), "the demo account did not settle");
            await Task.Delay(500);
        }

        var expected = Recompute(fills.GetProperty("fills").EnumerateArray().OrderBy(f => f.GetProperty("executedAt").GetDateTime()).ToList());
        foreach (var (currency, cash) in expected.Cash)
            Assert.Equal(cash, account.GetProperty("cash").GetProperty(currency).GetDecimal());
        foreach (var (currency, fee) in expected.Fees)
            Assert.Equal(fee, account.GetProperty("fees").GetProperty(currency).GetDecimal());
        var positions = account.GetProperty("positions").EnumerateArray().ToDictionary(p => p.GetProperty("instrument").GetString()!);
        foreach (var (instrument, book) in expected.Books)
        {
            var position = positions[instrument];
            Assert.Equal(book.Quantity, position.GetProperty("quantity").GetDecimal());
            Assert.Equal(book.Realized, position.GetProperty("realizedPnl").GetDecimal(), 6);
            if (book.Quantity != 0m)
            {
                Assert.Equal(book.Cost / book.Quantity, position.GetProperty("averageCost").GetDecimal(), 6);
                var mark = position.GetProperty("mark").GetDecimal();
                Assert.Equal(book.Quantity * mark - book.Cost, position.GetProperty("unrealizedPnl").GetDecimal(), 6);
            }
        }
        Assert.Equal(2, expected.Books.Count);
    }

    /// <summary>The node's dashboard, in headless Chromium, shows the demo's status, balances and filled orders.</summary>
    private async Task TheDashboardShowsTheDemoAsync()
    {
        var chromium = new Reports.ChromiumFixture();
        await chromium.InitializeAsync();
        try
        {
            var page = await chromium.Browser.NewPageAsync();
            // Signed in as a browser is: the session cookie, set through the context's request API, which shares its cookies.
            var signIn = await page.Context.APIRequest.PostAsync($"http://127.0.0.1:{_options.HttpPort}/api/session",
                new() { DataObject = new { key = "demo-token" } });
            Assert.Equal(200, signIn.Status);
            await page.GotoAsync($"http://127.0.0.1:{_options.HttpPort}/");
            await page.WaitForSelectorAsync("#paper-status", new() { Timeout = 15_000 });
            Assert.Contains("replaying", await page.InnerTextAsync("#paper-status"));
            await page.GotoAsync($"http://127.0.0.1:{_options.HttpPort}/#orders");
            await page.WaitForFunctionAsync("() => document.querySelectorAll('#blotter tbody tr').length > 0", null, new() { Timeout = 15_000 });
            Assert.Contains("Filled", await page.InnerTextAsync("#blotter"));
            await page.GotoAsync($"http://127.0.0.1:{_options.HttpPort}/#accounts");
            await page.WaitForSelectorAsync("#acc-demo table", new() { Timeout = 15_000 });
            Assert.Contains("USD", await page.InnerTextAsync("#acc-demo"));
        }
        finally
        {
            await chromium.DisposeAsync();
        }
    }

    private sealed class Book
    {
        public decimal Quantity;
        public decimal Cost;
        public decimal Realized;
    }

    private sealed record Expected(Dictionary<string, decimal> Cash, Dictionary<string, decimal> Fees, Dictionary<string, Book> Books);

    /// <summary>Average-cost bookkeeping written out independently of the account aggregate. Deposits: 100,000 USD and USDT.</summary>
    private static Expected Recompute(IReadOnlyList<JsonElement> fills)
    {
        var cash = new Dictionary<string, decimal> { ["USD"] = 100_000m, ["USDT"] = 100_000m };
        var fees = new Dictionary<string, decimal>();
        var books = new Dictionary<string, Book>();
        foreach (var f in fills)
        {
            var instrument = f.GetProperty("instrument").GetString()!;
            var currency = instrument.StartsWith("SIMX:", StringComparison.Ordinal) ? "USDT" : "USD";
            var quantity = f.GetProperty("quantity").GetDecimal();
            var price = f.GetProperty("price").GetDecimal();
            var fee = f.GetProperty("fee").GetDecimal();
            var buy = f.GetProperty("side").GetString() == "buy";
            cash[currency] += (buy ? -1 : 1) * quantity * price - fee;
            fees[f.GetProperty("feeCurrency").GetString()!] = fees.GetValueOrDefault(f.GetProperty("feeCurrency").GetString()!) + fee;
            var book = books.TryGetValue(instrument, out var b) ? b : books[instrument] = new Book();
            if (buy)
            {
                book.Quantity += quantity;
                book.Cost += quantity * price;
            }
            else
            {
                var average = book.Cost / book.Quantity;
                book.Realized += quantity * (price - average);
                book.Cost -= quantity * average;
                book.Quantity -= quantity;
                if (book.Quantity == 0m) book.Cost = 0m;
            }
        }
        return new Expected(cash, fees, books);
    }

    private async Task<(string Stdout, int ExitCode)> Ctl(params string[] args)
    {
        var (exit, stdout, stderr) = await InProcessHive.RunAsync(["ctl", $"127.0.0.1:{_options.HttpPort}", .. args, "--token-file", NodeFixture.WriteKeyFile(Path.Combine(_dir, "demo.key"), "demo-token")]);
        return (stdout + stderr, exit);
    }

    private async Task<JsonElement> CtlJson(params string[] args)
    {
        var (stdout, exit) = await Ctl([.. args, "--json"]);
        Assert.True(exit == CtlExit.Ok, $"hive ctl {string.Join(' ', args)} exited {exit}: {stdout}");
        using var doc = JsonDocument.Parse(stdout);
        return doc.RootElement.Clone();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
