using DuckDB.NET.Data;
using Hive.Core.Backtesting;
using Hive.Data.Analytics;
using Hive.Data.Storage;

namespace Hive.Data.Tests;

public sealed class BacktestTableTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly DateTime Created = new(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc);

    private static IReadOnlyList<SweepRow> Rows() =>
    [
        new(0, new Dictionary<string, string> { ["fast"] = "5", ["slow"] = "20" },
            new BacktestMetrics(0.25, 0.1, 0.2, 1.5, 2.0, 0.8, -0.125, 40, 0.5, 1.75, 0.6, 3.0, 0.01, 0.9, 12, 125_000m, 321.5m), null),
        new(1, new Dictionary<string, string> { ["fast"] = "30", ["slow"] = "20" }, null, "slow period must be longer than the fast period 30"),
    ];

    [Fact]
    public async Task Hive_sql_sees_every_stored_batch_as_the_backtests_view()
    {
        var store = new LocalObjectStore(_folder.Path);
        await BacktestTable.SaveToLakeAsync(store, "sweep-a", BacktestCsv.Table("sweep-a", "sweep", "sma-cross", Created, Rows()));
        await BacktestTable.SaveToLakeAsync(store, "backtest-b", BacktestCsv.Table("backtest-b", "backtest", "sma-cross", Created, Rows().Take(1).ToList()));

        await using var sql = await DuckDbAnalytics.OpenAsync(store);
        var result = await sql.QueryAsync("SELECT batch, kind, parameters, sharpe, final_equity, error FROM backtests ORDER BY batch DESC, run");

        Assert.Equal(3, result.Rows.Count);
        Assert.Equal("sweep-a", result.Rows[0][0]);
        Assert.Equal("fast=5 slow=20", result.Rows[0][2]);
        Assert.Equal(1.5, Convert.ToDouble(result.Rows[0][3]));
        Assert.Equal(125_000.0, Convert.ToDouble(result.Rows[0][4]));
        Assert.Equal("slow period must be longer than the fast period 30", result.Rows[1][5]);
        Assert.Equal("backtest", result.Rows[2][1]);
    }

    [Fact]
    public async Task The_backtests_view_exists_and_is_empty_before_any_batch()
    {
        await using var sql = await DuckDbAnalytics.OpenAsync(new LocalObjectStore(_folder.Path));
        var result = await sql.QueryAsync("SELECT count(*) AS n, count(sharpe) FROM backtests");
        Assert.Equal(0L, Convert.ToInt64(result.Rows[0][0]));
    }

    [Fact]
    public async Task Batches_append_to_the_backtests_table_of_a_duckdb_file()
    {
        var database = Path.Combine(_folder.Path, "results.duckdb");
        var csv = _folder.File("batch.csv", BacktestCsv.Table("sweep-a", "sweep", "sma-cross", Created, Rows()));
        await BacktestTable.AppendToDuckDbAsync(database, csv);
        await BacktestTable.AppendToDuckDbAsync(database, csv);

        await using var connection = new DuckDBConnection($"DataSource={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*)::BIGINT, sum(trades)::DOUBLE FROM backtests";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(4L, Convert.ToInt64(reader.GetValue(0)));
        Assert.Equal(24.0, Convert.ToDouble(reader.GetValue(1)));
    }
}
