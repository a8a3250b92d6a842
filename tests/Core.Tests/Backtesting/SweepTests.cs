using Hive.Core.Backtesting;
using static Hive.Core.Tests.Backtesting.BacktestFixtures;

namespace Hive.Core.Tests.Backtesting;

public class SweepTests
{
    private static BacktestFeed Wave(int count) => Feed(Aaa, Enumerable.Range(0, count).Select(i =>
    {
        var c = Math.Round(100 + 15 * Math.Sin(i / 9.0) + 3 * Math.Sin(i / 2.7), 2);
        return (O: c, H: c + 1, L: c - 1, C: c, V: 1_000_000.0);
    }).ToArray());

    [Fact]
    public void A_range_with_a_step_and_a_list_expand_to_their_cartesian_product_first_parameter_slowest()
    {
        var grid = ParameterGrid.Parse(["fast=5..20:5", "slow=20,30,50"]);
        Assert.Equal(12, grid.Count);
        var combos = grid.Combinations().Select(c => $"{c["fast"]}/{c["slow"]}").ToList();
        Assert.Equal(["5/20", "5/30", "5/50", "10/20"], combos.Take(4));
        Assert.Equal("20/50", combos[^1]);
    }

    [Theory]
    [InlineData("fast", "must be written name=value")]
    [InlineData("fast=a..9", "range start 'a' is not a number")]
    [InlineData("fast=9..2", "below its start")]
    [InlineData("fast=1..9:0", "step must be positive")]
    public void A_malformed_range_is_refused_naming_the_parameter(string spec, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => ParameterGrid.Parse([spec]));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_sweep_returns_rows_in_grid_order_with_the_same_metrics_as_single_runs_and_errors_for_refused_combinations()
    {
        var feed = Wave(300);
        var grid = ParameterGrid.Parse(["fast=5,10,40", "slow=20,30"]);
        var rows = SweepRunner.Run("sma-cross", new Dictionary<string, string>(), grid, [feed], new BacktestSettings(), maxDegreeOfParallelism: 2);

        Assert.Equal(Enumerable.Range(0, 6), rows.Select(r => r.Index));
        var single = new BacktestEngine().Run("sma-cross", new Dictionary<string, string> { ["fast"] = "10", ["slow"] = "30" }, [feed]);
        Assert.Equal(single.Metrics, rows[3].Metrics);
        Assert.Contains("slow", rows[4].Error); // fast 40 >= slow 20
        Assert.Null(rows[4].Metrics);
    }

    [Fact]
    public void Walk_forward_picks_the_best_in_sample_parameters_and_stitches_out_of_sample_curves_carrying_equity()
    {
        var feed = Wave(400);
        var grid = ParameterGrid.Parse(["fast=3,5", "slow=10,20"]);
        var result = WalkForwardRunner.Run("sma-cross", new Dictionary<string, string>(), grid, [feed], new BacktestSettings(), 150, 50, "total-return");

        Assert.Equal(WalkForwardRunner.WindowCount(400, 150, 50), result.Windows.Count);
        Assert.Equal(5, result.Windows.Count);
        Assert.Equal(250, result.Equity.Count); // 5 out-of-sample windows of 50 bars
        Assert.Equal(result.Windows[^1].OutOfSample.FinalEquity, result.Metrics.FinalEquity);
        foreach (var window in result.Windows)
        {
            var inSample = WalkForwardRunner.Slice([feed], BarSeriesTimes(window.InSampleStart), BarSeriesTimes(window.OutOfSampleStart));
            var best = grid.Combinations()
                .Select(c => new BacktestEngine().Run("sma-cross", c, inSample).Metrics.TotalReturn)
                .Max();
            Assert.Equal(best, window.InSampleScore);
        }
    }

    private static long BarSeriesTimes(DateTime time) => Hive.Core.MarketData.BarSeries.ToUnixMs(time);
}
