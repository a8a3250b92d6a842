using System.Globalization;
using System.Text.Json;

namespace Hive.Cluster.Tests.Portfolio;

/// <summary>`hive portfolio optimize`, run in-process on PyPortfolioOpt's stock_prices.csv (see Core.Tests/Portfolio/Data).</summary>
public sealed class PortfolioCommandSpecs : IDisposable
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Portfolio", "Data");

    private static readonly string Stocks = Path.Combine(Data, "stock_prices.csv");

    private readonly string _folder = Directory.CreateTempSubdirectory("hive-portfolio-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Task<(int ExitCode, string Stdout, string Stderr)> Hive(params string[] args) => InProcessHive.RunAsync(["portfolio", "optimize", .. args]);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Hrp_on_the_reference_prices_prints_and_writes_pyportfolioopts_weights_and_the_report()
    {
        var report = Path.Combine(_folder, "report");
        var json = Path.Combine(_folder, "hrp.json");
        var (exit, stdout, stderr) = await Hive("--method", "hrp", "--prices", Stocks, "--json", json, "--report", report);

        Assert.True(exit == 0, stderr);
        Assert.Contains("XOM", stdout);
        Assert.Contains("Sharpe 1.085", stdout);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var weights = document.RootElement.GetProperty("weights");
        foreach (var line in File.ReadAllLines(Path.Combine(Data, "weights_hrp.csv")).Skip(1))
        {
            var cells = line.Split(',');
            var expected = double.Parse(cells[1], CultureInfo.InvariantCulture);
            Assert.Equal(expected, weights.GetProperty(cells[0]).GetDouble(), 1e-9 * expected);
        }
        var performance = document.RootElement.GetProperty("performance");
        Assert.Equal(0.17844159743748936, performance.GetProperty("volatility").GetDouble(), 1e-9);
        Assert.Equal(20, document.RootElement.GetProperty("riskContributions").EnumerateObject().Count());
        Assert.False(document.RootElement.TryGetProperty("posteriorReturns", out _));
        Assert.Equal(await File.ReadAllTextAsync(json), await File.ReadAllTextAsync(Path.Combine(report, "result.json")));
        var html = await File.ReadAllTextAsync(Path.Combine(report, "report.html"));
        Assert.Contains("HRP dendrogram", html);
        Assert.Contains("id=\"chosen\"", html);
    }

    [Fact]
    public async Task Min_volatility_matches_pyportfolioopts_performance_and_allocates_whole_lots()
    {
        var json = Path.Combine(_folder, "mv.json");
        var (exit, stdout, stderr) = await Hive("--method", "min-volatility", "--prices", Stocks, "--cash", "10000", "--allocate", "--json", json);

        Assert.True(exit == 0, stderr);
        Assert.Contains("leftover cash", stdout);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var performance = document.RootElement.GetProperty("performance");
        Assert.Equal(0.15056821399482578, performance.GetProperty("expectedReturn").GetDouble(), 1e-7);
        Assert.Equal(0.15915084514118694, performance.GetProperty("volatility").GetDouble(), 1e-7);
        var allocation = document.RootElement.GetProperty("allocation");
        var leftover = allocation.GetProperty("leftover").GetDecimal();
        Assert.InRange(leftover, 0m, 10000m);
        Assert.NotEmpty(allocation.GetProperty("lots").EnumerateObject());
    }

    [Fact]
    public async Task Black_litterman_with_a_market_prior_and_views_reports_posterior_returns_between_prior_and_view()
    {
        var caps = Write("caps.json", """
            {"GOOG": 927e9, "AAPL": 1.19e12, "FB": 574e9, "BABA": 533e9, "AMZN": 867e9, "GE": 96e9, "AMD": 43e9, "WMT": 339e9, "BAC": 301e9,
             "GM": 51e9, "T": 61e9, "UAA": 78e9, "SHLD": 0, "XOM": 295e9, "RRC": 1e9, "BBY": 22e9, "MA": 288e9, "PFE": 212e9, "JPM": 422e9, "SBUX": 102e9}
            """);
        var views = Write("views.json", """{"absolute": {"AAPL": 0.10}, "relative": [{"long": ["GOOG"], "short": ["FB"], "return": 0.05}]}""");
        var json = Path.Combine(_folder, "bl.json");
        var (exit, _, stderr) = await Hive("--method", "black-litterman", "--prices", Stocks, "--market-caps", caps, "--views", views,
            "--benchmark", Path.Combine(Data, "spy_prices.csv"), "--json", json);

        Assert.True(exit == 0, stderr);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var posterior = document.RootElement.GetProperty("posteriorReturns");
        // the market prior of AAPL is 0.2168623 (PyPortfolioOpt); the view of 10% pulls it down, not past the view
        Assert.InRange(posterior.GetProperty("AAPL").GetDouble(), 0.10, 0.2168623);
        Assert.Equal(1, document.RootElement.GetProperty("weights").EnumerateObject().Sum(w => w.Value.GetDouble()), 9);
    }

    [Fact]
    public async Task A_covariance_csv_alone_gives_min_volatility_weights_and_no_expected_return()
    {
        var cov = Write("cov.csv", ",A,B\nA,0.04,0.01\nB,0.01,0.09\n");
        var json = Path.Combine(_folder, "cov.json");
        var (exit, stdout, stderr) = await Hive("--method", "min-volatility", "--cov", cov, "--json", json);

        Assert.True(exit == 0, stderr);
        Assert.Contains("no expected returns", stdout);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        Assert.Equal(8.0 / 11, document.RootElement.GetProperty("weights").GetProperty("A").GetDouble(), 1e-9);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("performance").GetProperty("expectedReturn").ValueKind);
    }

    [Theory]
    [InlineData("below the minimum volatility", "--method", "efficient-risk", "--target-volatility", "0.01")]
    [InlineData("budget does not apply to hrp", "--method", "hrp", "--budget", "0.5,0.5")]
    [InlineData("bounds cannot sum to 1", "--method", "min-volatility", "--bounds", "0,0.04")]
    [InlineData("efficient-return needs target-return", "--method", "efficient-return")]
    public async Task Bad_options_exit_2_with_one_line_naming_the_problem(string message, params string[] args)
    {
        var (exit, stdout, stderr) = await Hive([.. args, "--prices", Stocks]);

        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.DoesNotContain("NaN", stdout + stderr);
    }

    [Fact]
    public async Task Views_on_an_unknown_asset_and_a_price_column_of_text_are_refused_by_name()
    {
        var views = Write("views.json", """{"absolute": {"TSLA": 0.3}}""");
        var (exit, _, stderr) = await Hive("--method", "black-litterman", "--prices", Stocks, "--views", views);
        Assert.Equal(2, exit);
        Assert.Contains("unknown asset TSLA", stderr);

        var text = Write("text.csv", "date,A,B\n2024-01-01,1,2\n2024-01-02,n/a,2.1\n2024-01-03,1.2,2.2\n");
        (exit, _, stderr) = await Hive("--prices", text);
        Assert.Equal(2, exit);
        Assert.Contains("price of A on 2024-01-02 is 'n/a', not a number", stderr);

        var misspelt = Write("misspelt.json", """{"absolute": {"AAPL": 0.3}, "confidence": [0.5]}""");
        (exit, _, stderr) = await Hive("--method", "black-litterman", "--prices", Stocks, "--views", misspelt);
        Assert.Equal(2, exit);
        Assert.Contains("unknown field 'confidence'", stderr);
    }

    [Fact]
    public async Task The_portfolio_optimizer_strategy_backtests_from_the_cli_over_the_monthly_sample_stocks()
    {
        var lake = Path.Combine(_folder, "lake");
        var imported = await InProcessHive.RunAsync("data", "import-samples", "--lake", lake);
        Assert.True(imported.ExitCode == 0, imported.Stderr);
        var json = Path.Combine(_folder, "backtest.json");
        var (exit, stdout, stderr) = await InProcessHive.RunAsync("backtest", "--strategy", "portfolio-optimizer",
            "--data", "SIM:MSFT,SIM:AMZN,SIM:IBM,SIM:GOOG,SIM:AAPL", "--interval", "1mo", "--lake", lake,
            "--param", "method=hrp", "--param", "lookback=24", "--param", "every=3", "--param", "frequency=12", "--commission", "0.001", "--json", json);

        Assert.True(exit == 0, stderr);
        Assert.Contains("method=hrp", stdout);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var traded = document.RootElement.GetProperty("fills").EnumerateArray().Select(f => f.GetProperty("instrument").GetString()).Distinct().ToList();
        Assert.Equal(5, traded.Count);
        Assert.True(document.RootElement.GetProperty("metrics").GetProperty("finalEquity").GetDecimal() > 0m);
    }
}
