using DuckDB.NET.Data;
using Hive.Data.Storage;

namespace Hive.Data.Analytics;

/// <summary>
/// Backtest results for SQL. Each batch (a backtest, a sweep, a walk-forward) is one CSV in the layout of
/// <see cref="Hive.Core.Backtesting.BacktestCsv.Table"/>, stored in the lake under <c>backtests/</c>, where
/// <c>hive sql</c> sees them all as the <c>backtests</c> view; the same rows can be appended to a DuckDB file's
/// <c>backtests</c> table.
/// </summary>
public static class BacktestTable
{
    public const string Root = "backtests";

    public static string KeyFor(string batch) => $"{Root}/{batch}.csv";

    public static Task SaveToLakeAsync(IObjectStore store, string batch, string csv, CancellationToken cancellationToken = default) =>
        store.WriteAsync(KeyFor(batch), System.Text.Encoding.UTF8.GetBytes(csv), cancellationToken);

    /// <summary>Appends the rows of <paramref name="csvPath"/> to table <c>backtests</c> in the DuckDB file at <paramref name="databasePath"/>, creating both as needed.</summary>
    public static async Task AppendToDuckDbAsync(string databasePath, string csvPath, CancellationToken cancellationToken = default)
    {
        await using var connection = new DuckDBConnection($"DataSource={databasePath}");
        await connection.OpenAsync(cancellationToken);
        var source = $"read_csv('{Escape(csvPath)}', header=true, auto_detect=true, types={{'parameters': 'VARCHAR', 'error': 'VARCHAR', 'batch': 'VARCHAR', 'alpha': 'DOUBLE', 'beta': 'DOUBLE'}})";
        foreach (var sql in new[]
                 {
                     $"CREATE TABLE IF NOT EXISTS backtests AS SELECT * FROM {source} WHERE false",
                     $"INSERT INTO backtests BY NAME SELECT * FROM {source}",
                 })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>The <c>backtests</c> view over every batch file in the lake (empty, with the columns, when there is none).</summary>
    public static async Task<string> ViewDefinitionAsync(IObjectStore store, CancellationToken cancellationToken = default)
    {
        var files = new List<string>();
        foreach (var item in await store.ListAsync(Root, cancellationToken))
            if (item.Key.EndsWith(".csv", StringComparison.Ordinal))
                files.Add(await store.GetLocalPathAsync(item.Key, cancellationToken));
        if (files.Count == 0)
            return "CREATE OR REPLACE VIEW backtests AS SELECT NULL::VARCHAR AS batch, NULL::VARCHAR AS kind, NULL::VARCHAR AS strategy, NULL::TIMESTAMP AS created_at, " +
                   "NULL::INTEGER AS run, NULL::VARCHAR AS parameters, " +
                   string.Join(", ", Hive.Core.Backtesting.BacktestCsv.MetricColumns.Select(c => $"NULL::DOUBLE AS {c}")) + ", NULL::VARCHAR AS error WHERE false";
        var list = "[" + string.Join(", ", files.Select(f => $"'{Escape(f)}'")) + "]";
        return $"CREATE OR REPLACE VIEW backtests AS SELECT * FROM read_csv({list}, header=true, union_by_name=true, " +
               "types={'parameters': 'VARCHAR', 'error': 'VARCHAR', 'batch': 'VARCHAR', 'alpha': 'DOUBLE', 'beta': 'DOUBLE'})";
    }

    private static string Escape(string path) => path.Replace("'", "''", StringComparison.Ordinal);
}
