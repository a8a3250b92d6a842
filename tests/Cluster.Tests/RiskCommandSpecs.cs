using System.Text.Json;

namespace Hive.Cluster.Tests;

/// <summary>`hive risk var`, in-process, on the bundled S&amp;P 500 series (SIM:SPX without a lake) and on small CSV files.</summary>
public sealed class RiskCommandSpecs : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hive-risk-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<(int ExitCode, string Stdout, string Stderr)> Risk(params string[] args) =>
        InProcessHive.RunAsync(["risk", "var", .. args, "--lake", Path.Combine(_folder, "no-lake")]);

    private string Csv(string name, params string[] rows)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, ["date,open,high,low,close,volume", .. rows]);
        return path;
    }

    private static string Bar(string date, double close) => $"{date},{close},{close},{close},{close},1000";

    // The S&P 500 figures were computed independently in python3 from sample-data/sp500-daily.csv (5,104 close-to-close
    // returns; k = ceil((1 - c) * 5104) = 256 and 52; statistics.NormalDist and statistics.stdev for the parametric ones).
    [Fact]
    public async Task Historical_var_of_the_sp500_prints_one_row_per_confidence_as_percentages()
    {
        var (exit, stdout, stderr) = await Risk("--data", "SIM:SPX");

        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n');
        Assert.Contains(lines, l => l.Contains("│ historical │ 5,104") && l.Contains("│ 1 d") && l.Contains("│ 95%") && l.Contains("│ 1.89 % │ 3.02 %"));
        Assert.Contains(lines, l => l.Contains("│ 99%") && l.Contains("│ 3.45 % │ 5.15 %"));
    }

    [Fact]
    public async Task The_json_file_holds_method_observations_horizon_and_fractions_per_confidence()
    {
        var path = Path.Combine(_folder, "var.json");
        var (exit, _, stderr) = await Risk("--data", "SIM:SPX", "--method", "parametric", "--json", path);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var root = json.RootElement;
        Assert.Equal(["method", "observations", "horizonDays", "results"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("parametric", root.GetProperty("method").GetString());
        Assert.Equal(5104, root.GetProperty("observations").GetInt32());
        Assert.Equal(1, root.GetProperty("horizonDays").GetInt32());
        var results = root.GetProperty("results").EnumerateArray().ToList();
        Assert.All(results, r => Assert.Equal(["confidence", "var", "cvar"], r.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(0.95, results[0].GetProperty("confidence").GetDouble());
        Assert.Equal(0.020398691473813374, results[0].GetProperty("var").GetDouble(), 1e-10);
        Assert.Equal(0.025634643963928477, results[0].GetProperty("cvar").GetDouble(), 1e-10);
        Assert.Equal(0.028938102993500824, results[1].GetProperty("var").GetDouble(), 1e-10);
        Assert.Equal(0.033184241818046974, results[1].GetProperty("cvar").GetDouble(), 1e-10);
    }

    [Fact]
    public async Task Weighted_csv_instruments_are_combined_on_the_dates_they_share()
    {
        // Shared dates 2, 3, 4, 5 (A lacks the 6th, B the 1st). A: 100, 110, 99, 99 -> 0.1, -0.1, 0;
        // B: 50, 45, 54, 27 -> -0.1, 0.2, -0.5. Weights 3, 1: 0.2, -0.1, -0.5; c = 0.5 -> k = ceil(1.5) = 2:
        // VaR 0.1, CVaR (0.5 + 0.1) / 2 = 0.3.
        var a = Csv("a.csv", Bar("2024-01-01", 90), Bar("2024-01-02", 100), Bar("2024-01-03", 110), Bar("2024-01-04", 99), Bar("2024-01-05", 99));
        var b = Csv("b.csv", Bar("2024-01-02", 50), Bar("2024-01-03", 45), Bar("2024-01-04", 54), Bar("2024-01-05", 27), Bar("2024-01-06", 30));
        var path = Path.Combine(_folder, "pair.json");
        var (exit, stdout, stderr) = await Risk("--data", a, b, "--weights", "3,1", "--confidence", "0.5", "--json", path);

        Assert.True(exit == 0, stderr);
        Assert.Contains("SIM:A x 3, SIM:B x 1: daily returns 2024-01-03 to 2024-01-05", stdout);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var result = json.RootElement.GetProperty("results")[0];
        Assert.Equal(3, json.RootElement.GetProperty("observations").GetInt32());
        Assert.Equal(0.1, result.GetProperty("var").GetDouble(), 1e-12);
        Assert.Equal(0.3, result.GetProperty("cvar").GetDouble(), 1e-12);
    }

    [Fact]
    public async Task Bad_input_is_one_line_on_stderr_naming_what_is_wrong_with_exit_code_2()
    {
        var good = Csv("good.csv", Bar("2024-01-01", 100), Bar("2024-01-02", 101), Bar("2024-01-03", 99));
        var later = Csv("later.csv", Bar("2025-01-01", 100), Bar("2025-01-02", 101));
        var malformed = Csv("malformed.csv", Bar("2024-01-01", 100), "2024-01-02,101,101,101,abc,1000", Bar("2024-01-03", 99));
        var cases = new (string[] Args, string Error)[]
        {
            (["--data", malformed], "malformed.csv: line 3: close: 'abc' is not a number"),
            (["--data", "SIM:NOPE"], "has no 1d bars of SIM:NOPE"),
            (["--data", good, good, "--weights", "1"], "1 weight(s) for 2 instrument(s)"),
            (["--data", good, later], "no shared dates"),
            (["--data", good, "--confidence", "0.95,1"], "confidence must be strictly between 0 and 1"),
            (["--data", good, "--confidence", "high"], "--confidence: 'high' is not a number"),
            (["--data", good, "--horizon", "0"], "horizon must be at least 1 day"),
            (["--data", good, "--horizon", "3"], "2 daily return(s) give no 3-day window"),
            (["--data", good, "--method", "monte-carlo", "--simulations", "0"], "simulations must be at least 1"),
        };
        foreach (var (args, error) in cases)
        {
            var (exit, stdout, stderr) = await Risk(args);
            Assert.True(exit == 2, $"{string.Join(' ', args)}: exit {exit}, {stderr}");
            Assert.Contains(error, stderr);
            Assert.StartsWith("error: ", stderr);
            Assert.Equal("", stdout);
        }
    }

    [Fact]
    public async Task Help_states_the_conventions()
    {
        var (exit, help, _) = await InProcessHive.RunAsync("risk", "var", "--help");

        Assert.Equal(0, exit);
        foreach (var convention in new[] { "k = ceil((1 - c) * T)", "divisor n - 1", "m_k = mean((r - mean)^k)", "sigma*sqrt(h)", "overlapping h-day returns", "positive fractions" })
            Assert.Contains(convention, help);
    }
}
