using System.Data.Common;
using DuckDB.NET.Data;
using Hive.Data.Storage;

namespace Hive.Data.Analytics;

/// <summary>An in-memory DuckDB session with the lake's views (<see cref="LakeViews"/>) registered. DuckDB reads
/// the Parquet files directly, in parallel and column by column, so aggregates over millions of bars stay in the
/// sub-second range.</summary>
public sealed class DuckDbAnalytics : IAsyncDisposable, IDisposable
{
    private readonly DuckDBConnection _connection;

    private DuckDbAnalytics(DuckDBConnection connection) => _connection = connection;

    public static async Task<DuckDbAnalytics> OpenAsync(IObjectStore store, CancellationToken cancellationToken = default)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync(cancellationToken);
        var analytics = new DuckDbAnalytics(connection);
        try
        {
            foreach (var definition in await LakeViews.DefinitionsAsync(store, cancellationToken))
                await analytics.ExecuteAsync(definition, cancellationToken);
            await analytics.ExecuteAsync(await BacktestTable.ViewDefinitionAsync(store, cancellationToken), cancellationToken);
        }
        catch
        {
            await analytics.DisposeAsync();
            throw;
        }
        return analytics;
    }

    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs one or more statements; the result of the last one is returned. SQL errors surface as
    /// <see cref="SqlQueryException"/> with DuckDB's message.</summary>
    public async Task<QueryResult> QueryAsync(string sql, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(sql)) throw new SqlQueryException("the query is empty");
        try
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            QueryResult? last = null;
            do
            {
                last = await ReadAsync(reader, cancellationToken);
            } while (await reader.NextResultAsync(cancellationToken));
            return last;
        }
        catch (DuckDBException e)
        {
            throw new SqlQueryException(e.Message);
        }
    }

    private static async Task<QueryResult> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var columns = new string[reader.FieldCount];
        var types = new string[reader.FieldCount];
        for (var i = 0; i < reader.FieldCount; i++)
        {
            columns[i] = reader.GetName(i);
            types[i] = reader.GetDataTypeName(i);
        }
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return new QueryResult(columns, types, rows);
    }

    public void Dispose() => _connection.Dispose();

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
