using Hive.Cluster.Ctl;
using Hive.Data.Analytics;

namespace Hive.Cluster.Tests;

/// <summary>What a person (or a script reading a pipe) sees from the `hive` verbs: unwrapped tables, the sweep saying
/// how much of the grid it shows, the views `hive sql` offers, and parse errors in plain words.</summary>
public sealed class CliOutputSpecs : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hive-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Task<(int ExitCode, string Stdout, string Stderr)> Hive(params string[] args) => InProcessHive.RunAsync(args);

    [Fact]
    public async Task A_piped_backtest_summary_keeps_each_row_on_one_line()
    {
        var (exit, stdout, stderr) = await NodeFixture.RunHiveAsync(["backtest", "--lake", Path.Combine(_folder, "no-lake")],
            environment: new Dictionary<string, string?> { ["COLUMNS"] = null });

        Assert.True(exit == 0, stderr);
        Assert.Contains(stdout.Split('\n'), line => line.Contains("SIM:SPX: 5,105 bars, 2000-01-03 to 2020-04-17"));
    }

    [Fact]
    public async Task Strategies_list_written_to_a_non_terminal_does_not_wrap_summaries()
    {
        var (exit, stdout, _) = await Hive("strategies", "list");

        Assert.Equal(0, exit);
        Assert.Contains(stdout.Split('\n'), line => line.Contains("adx-trend") && line.Contains("DI points the same way."));
    }

    [Fact]
    public async Task A_sweep_table_says_it_is_the_top_n_of_all_combinations_by_the_metric()
    {
        string[] sweep = ["backtest", "sweep", "--param", "fast=5..15:5", "--param", "slow=30,50", "--from", "2015-01-01", "--lake", _folder];

        var top = await Hive([.. sweep, "--top", "2", "--metric", "cagr"]);
        var all = await Hive(sweep);
        var none = await Hive([.. sweep, "--top", "0"]);

        Assert.True(top.ExitCode == 0, top.Stderr);
        Assert.Contains("top 2 of 6 by cagr", top.Stdout);
        Assert.Contains("--top N prints more than 2", top.Stdout);
        Assert.Equal(2, top.Stdout.Split('\n').Count(l => l.StartsWith("│ ", StringComparison.Ordinal) && !l.Contains("fast")));
        Assert.Contains("all 6 by sharpe", all.Stdout);
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("--top must be at least 1", none.Stderr);
    }

    [Fact]
    public async Task Sql_help_lists_every_view_and_each_one_it_lists_can_be_queried()
    {
        var (exit, help, _) = await Hive("sql", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("backtests: one row per run", help);
        foreach (var (view, _) in LakeViews.Catalog)
        {
            Assert.Contains($"{view}:", help);
            var query = await Hive("sql", $"select count(*) as n from {view}", "--lake", _folder, "--format", "csv");
            Assert.True(query.ExitCode == 0, $"{view}: {query.Stderr}");
            Assert.StartsWith("n", query.Stdout);
        }
    }

    [Theory]
    [InlineData("--cash", "lots", "--cash: 'lots' is not a number")]
    [InlineData("--from", "yesterday", "--from: 'yesterday' is not a date (like 2020-01-31)")]
    [InlineData("--max-volume-share", "half", "--max-volume-share: 'half' is not a number")]
    public async Task A_backtest_option_of_the_wrong_kind_says_what_was_expected_in_words(string option, string value, string message)
    {
        var (exit, _, stderr) = await Hive("backtest", option, value, "--lake", _folder);

        Assert.Equal(1, exit);
        Assert.Contains(message, stderr);
        Assert.Contains("Run 'hive backtest --help'", stderr);
        Assert.DoesNotContain("System.", stderr);
    }

    [Fact]
    public async Task Ctl_and_data_parse_errors_name_whole_numbers_and_the_values_an_enum_takes()
    {
        var limit = await Hive("ctl", "orders", "list", "--limit", "abc");
        var assetClass = await Hive("data", "import", Path.Combine(_folder, "x.csv"), "--symbol", "X", "--asset-class", "bond", "--lake", _folder);

        Assert.Equal(CtlExit.Usage, limit.ExitCode);
        Assert.Contains("--limit: 'abc' is not a whole number", limit.Stderr);
        Assert.Contains("Run 'hive ctl orders list --help'", limit.Stderr);
        Assert.Contains("--asset-class: 'bond' is not one of stock, crypto, forex", assetClass.Stderr);
        Assert.DoesNotContain("Hive.Core", assetClass.Stderr);
    }
}
