using System.Text.Json;

namespace Hive.Cluster.Tests;

/// <summary>
/// <c>hive risk stress --positions FILE</c>, no node: the positions of a CSV or JSON file, marked at their given price or the
/// lake's last daily close (an empty lake here, so SIM:SPX falls back to the bundled S&amp;P 500, as on the node), get the node's
/// report; a bad row is refused naming its row and field, with exit code 2.
/// </summary>
public sealed class RiskStressFileSpecs : IDisposable
{
    // The bundled S&P 500's closes on the lehman-2008 window's first and last dates, and its last close (2020-04-17).
    private const decimal LehmanFirst = 1192.699951m, LehmanLast = 907.840027m, LastClose = 2874.560059m;
    private readonly string _folder = Directory.CreateTempSubdirectory("hive-stress-file-").FullName;

    [Fact]
    public async Task A_csv_files_positions_get_the_nodes_stress_report_at_their_marks()
    {
        var view = await StressAsync("positions.csv", "instrument,quantity,mark\nSIM:SPX,10,100\n");

        Assert.Equal(("positions.csv", 1), (view.GetProperty("accountId").GetString(), view.GetProperty("positions").GetInt32()));
        var lehman = Usd(view, "lehman-2008");
        Assert.Equal((1000m, 1000m * (LehmanLast / LehmanFirst) - 1000m), (lehman.GetProperty("value").GetDecimal(), lehman.GetProperty("pnl").GetDecimal()));
        Assert.Equal(-200m, Usd(view, "shock-down").GetProperty("pnl").GetDecimal());
    }

    [Fact]
    public async Task A_json_position_without_a_mark_is_marked_at_the_lakes_last_close_and_a_short_gains_in_a_fall()
    {
        var view = await StressAsync("positions.json", """{"positions": [{"instrument": "SIM:SPX", "quantity": -2}]}""", "--shock", "stock:0.5");

        var down = Usd(view, "shock-down");
        Assert.Equal((-2m * LastClose, LastClose), (down.GetProperty("value").GetDecimal(), down.GetProperty("pnl").GetDecimal()));
    }

    [Fact]
    public async Task Cash_in_a_csv_or_json_file_gives_each_currencys_equity_and_the_worst_pnls_share_of_it()
    {
        // 10 SIM:SPX at 100 (value 1,000) beside 4,000 USD: shock-down (20 %) loses 200, a 200 / 5,000 = 4 % share of equity;
        // the EUR cash has no position and moves nothing.
        foreach (var view in new[]
                 {
                     await StressAsync("cash.csv", "instrument,quantity,mark\nSIM:SPX,10,100\ncash:USD,4000,\ncash:EUR,-20,\n"),
                     await StressAsync("cash.json", """{"positions": [{"instrument": "SIM:SPX", "quantity": 10, "mark": 100}], "cash": {"USD": 4000, "EUR": "-20"}}"""),
                 })
        {
            Assert.Equal(1, view.GetProperty("positions").GetInt32());
            var down = view.GetProperty("scenarios").EnumerateArray().Single(s => s.GetProperty("scenario").GetString() == "shock-down")
                .GetProperty("byCurrency").EnumerateArray().ToDictionary(c => c.GetProperty("currency").GetString()!);
            Assert.Equal(["EUR", "USD"], down.Keys.Order());
            var usd = down["USD"];
            Assert.Equal((4000m, 5000m, -200m, 0.04m), (usd.GetProperty("cash").GetDecimal(), usd.GetProperty("equity").GetDecimal(),
                usd.GetProperty("pnl").GetDecimal(), -usd.GetProperty("worstShareOfEquity").GetDecimal()));
            Assert.Equal((-20m, 0m, JsonValueKind.Null), (down["EUR"].GetProperty("equity").GetDecimal(), down["EUR"].GetProperty("pnl").GetDecimal(),
                down["EUR"].GetProperty("worstShareOfEquity").ValueKind));
        }
    }

    [Fact]
    public async Task The_table_shows_cash_equity_and_the_share_of_equity()
    {
        var (exit, stdout, stderr) = await RunAsync("cash.csv", "instrument,quantity,mark\nSIM:SPX,10,100\ncash:USD,4000,\n", "--window", "2008-09-15..2008-10-15");

        Assert.True(exit == 0, stderr);
        Assert.Contains("Of equity", stdout);
        Assert.Contains("5,000.00", stdout);
    }

    [Theory]
    [InlineData("bad.csv", "instrument,quantity\nSIM:SPX,ten\n", "bad.csv: line 2, quantity: 'ten' is not a number")]
    [InlineData("bad.csv", "instrument,quantity,side\nSIM:SPX,1,buy\n", "bad.csv: line 1, side: unknown column")]
    [InlineData("bad.csv", "instrument,quantity\nSIM:SPX,1\nSIM:SPX,2\n", "bad.csv: line 3, instrument: SIM:SPX is already on line 2")]
    [InlineData("bad.csv", "instrument,quantity,mark\nSIM:SPX,1,0\n", "bad.csv: line 2, mark: 0: a mark is a positive price")]
    [InlineData("bad.json", """{"positions": [{"instrument": "SIM:SPX", "quantity": 0}]}""", "bad.json: positions[0], quantity: 0")]
    [InlineData("bad.json", """{"positions": [{"instrument": "SIM:SPX", "quantity": 1, "side": "buy"}]}""", "bad.json: positions[0], side: unknown field")]
    [InlineData("bad.json", """{"positions": [{"instrument": "NOPE:XYZ", "quantity": 1}]}""", "bad.json: positions[0], instrument: NOPE:XYZ is not in the instrument catalog")]
    [InlineData("bad.csv", "instrument,quantity,mark\nSIM:SPX,1,\ncash:usd,10,\n", "bad.csv: line 3, currency: 'usd' is not a currency code")]
    [InlineData("bad.csv", "instrument,quantity,mark\nSIM:SPX,1,\ncash:USD,10,2\n", "bad.csv: line 3, mark: cash has no mark")]
    [InlineData("bad.csv", "instrument,quantity\nSIM:SPX,1\ncash:USD,10\ncash:USD,5\n", "bad.csv: line 4, currency: USD is given twice")]
    [InlineData("bad.csv", "instrument,quantity\nSIM:SPX,1\ncash:USD,lots\n", "bad.csv: line 3, amount: 'lots' is not a number")]
    [InlineData("bad.json", """{"positions": [{"instrument": "SIM:SPX", "quantity": 1}], "cash": [5000]}""", "bad.json: cash: expected an object of currency to amount")]
    [InlineData("bad.json", """{"positions": [{"instrument": "SIM:SPX", "quantity": 1}], "cash": {"USD": true}}""", "bad.json: cash.USD, amount: 'true' is not a number")]
    [InlineData("bad.json", """{"positions": [], "cash": {"USD": 1}}""", "bad.json: no positions")]
    public async Task A_bad_row_is_refused_naming_its_row_and_field(string name, string content, string error)
    {
        var (exit, stdout, stderr) = await RunAsync(name, content);

        Assert.Equal(2, exit);
        Assert.Contains(error, stderr);
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task Stress_needs_an_account_or_a_positions_file_not_both()
    {
        File.WriteAllText(Path.Combine(_folder, "p.csv"), "instrument,quantity\nSIM:SPX,1\n");
        foreach (var args in new[] { new[] { "risk", "stress" }, ["risk", "stress", "--account", "A", "--positions", Path.Combine(_folder, "p.csv")] })
        {
            var (exit, _, stderr) = await InProcessHive.RunAsync(args);
            Assert.Equal(2, exit);
            Assert.Contains("give --account A", stderr);
        }
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string name, string content, params string[] more)
    {
        var file = Path.Combine(_folder, name);
        await File.WriteAllTextAsync(file, content);
        return await InProcessHive.RunAsync(["risk", "stress", "--positions", file, "--lake", Path.Combine(_folder, "empty-lake"), .. more]);
    }

    private async Task<JsonElement> StressAsync(string name, string content, params string[] more)
    {
        var (exit, stdout, stderr) = await RunAsync(name, content, ["--json", .. more]);
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static JsonElement Usd(JsonElement view, string scenario) => Assert.Single(view.GetProperty("scenarios").EnumerateArray()
        .Single(s => s.GetProperty("scenario").GetString() == scenario).GetProperty("byCurrency").EnumerateArray().ToList());

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
