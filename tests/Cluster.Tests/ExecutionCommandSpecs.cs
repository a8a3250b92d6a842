using System.Text.Json;

namespace Hive.Cluster.Tests;

/// <summary>`hive execution simulate`, run in-process on the bundled S&amp;P 500 daily series (no node, no lake).</summary>
public sealed class ExecutionCommandSpecs : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hive-execution-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<(int ExitCode, string Stdout, string Stderr)> Simulate(params string[] args) =>
        InProcessHive.RunAsync(["execution", "simulate", "--data", "SIM:SPX", "--lake", Path.Combine(_folder, "no-lake"), .. args]);

    [Fact]
    public async Task A_vwap_on_the_bundled_sp500_writes_json_consistent_with_its_children_and_a_report()
    {
        var report = Path.Combine(_folder, "out");
        var (exit, stdout, stderr) = await Simulate("--algo", "vwap", "--side", "buy", "--quantity", "10000", "--start", "2019-01-02", "--end", "2019-03-29",
            "--commission", "0.0005", "--report", report);

        Assert.True(exit == 0, stderr);
        Assert.Contains("Completed", stdout);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(report, "result.json")));
        var root = json.RootElement;
        Assert.Equal(["algo", "side", "quantity", "filledQuantity", "averagePrice", "arrivalPrice", "intervalVwap", "slippageVsArrivalBps", "slippageVsVwapBps",
            "participation", "children"], root.EnumerateObject().Select(p => p.Name));
        var children = root.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(["time", "quantity", "filledQuantity", "averagePrice", "venue"], children[0].EnumerateObject().Select(p => p.Name));
        var filled = children.Sum(c => c.GetProperty("filledQuantity").GetDecimal());
        var average = children.Sum(c => c.GetProperty("filledQuantity").GetDecimal() * c.GetProperty("averagePrice").GetDecimal()) / filled;
        Assert.Equal(10_000m, filled);
        Assert.Equal(filled, root.GetProperty("filledQuantity").GetDecimal());
        Assert.Equal(Math.Round(average, 8), root.GetProperty("averagePrice").GetDecimal());
        // The close of 2018-12-31, the last bar before the window.
        var arrival = root.GetProperty("arrivalPrice").GetDecimal();
        Assert.Equal(2506.850098m, arrival);
        Assert.Equal(Math.Round((average - arrival) / arrival * 10_000m, 4), root.GetProperty("slippageVsArrivalBps").GetDecimal());
        var vwap = root.GetProperty("intervalVwap").GetDecimal();
        Assert.Equal(Math.Round((Math.Round(average, 8) - vwap) / vwap * 10_000m, 4), root.GetProperty("slippageVsVwapBps").GetDecimal());
        // A VWAP schedule on daily bars trades close to the interval's VWAP; every child traded on SIM, in the window.
        Assert.InRange(root.GetProperty("slippageVsVwapBps").GetDecimal(), -50m, 50m);
        Assert.All(children, c => Assert.Equal("SIM", c.GetProperty("venue").GetString()));
        Assert.All(children, c => Assert.InRange(c.GetProperty("time").GetDateTime(), new DateTime(2019, 1, 1), new DateTime(2019, 3, 30)));

        var html = await File.ReadAllTextAsync(Path.Combine(report, "report.html"));
        Assert.Contains("Execution: vwap buy 10,000 SIM:SPX", html);
        Assert.Contains("id=\"schedule-chart\"", html);
    }

    [Fact]
    public async Task The_json_option_writes_the_same_result()
    {
        var path = Path.Combine(_folder, "twap.json");
        var (exit, _, stderr) = await Simulate("--algo", "twap", "--side", "sell", "--quantity", "500", "--start", "2019-01-02", "--end", "2019-01-31",
            "--param", "slices=5", "--json", path);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        Assert.Equal("sell", json.RootElement.GetProperty("side").GetString());
        Assert.Equal([100m, 100m, 100m, 100m, 100m], json.RootElement.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("quantity").GetDecimal()));
    }

    [Theory]
    [InlineData("--algo pov --side buy --quantity 100 --start 2019-01-02 --end 2019-02-01 --param participation=1.5", "parameter participation must be in (0, 1]")]
    [InlineData("--algo twap --side buy --quantity 100 --start 2019-02-01 --end 2019-01-02", "end 2019-01-02T00:00:00.0000000Z must be after start")]
    [InlineData("--algo twap --side buy --quantity 0 --start 2019-01-02 --end 2019-02-01", "quantity must be positive")]
    [InlineData("--algo twap --side buy --quantity 100 --start 2019-01-02 --end 2019-02-01 --param slices=0", "parameter slices must be at least 1")]
    [InlineData("--algo twap --side buy --quantity 100 --start 2019-01-02 --end 2019-02-01 --param speed=3", "twap has no parameter 'speed'")]
    [InlineData("--algo twap --side buy --quantity 100 --start 2019-01-02 --end 2019-02-01 --param limit=2000", "parameter limit: a buy's bound caps the price from above")]
    [InlineData("--algo twap --side buy --quantity 100 --start 2030-01-02 --end 2030-02-01", "no bars of SIM:SPX between")]
    [InlineData("--algo twap --side buy --quantity 100 --start 2019-01-02 --end 2019-02-01 --param venues=SIM,SIM2", "parameter venues: the execution simulator runs one venue")]
    public async Task Bad_input_exits_2_naming_the_field(string args, string expected)
    {
        var (exit, _, stderr) = await Simulate(args.Split(' '));

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr);
    }

    [Fact]
    public async Task An_unknown_algorithm_is_refused_by_the_parser_with_the_choices()
    {
        var (exit, _, stderr) = await Simulate("--algo", "sniper", "--side", "buy", "--quantity", "1", "--start", "2019-01-02", "--end", "2019-02-01");

        Assert.NotEqual(0, exit);
        Assert.Contains("sniper", stderr);
        Assert.Contains("twap", stderr);
    }

    [Fact]
    public async Task Help_lists_every_algorithm_and_its_parameters()
    {
        var (exit, stdout, _) = await InProcessHive.RunAsync("execution", "simulate", "--help");

        Assert.Equal(0, exit);
        foreach (var word in new[] { "twap", "vwap", "pov", "iceberg", "is:", "slices", "participation", "display", "risk-aversion", "max-child-share", "limit", "placement", "seed", "urgency" })
            Assert.Contains(word, stdout);
    }
}
