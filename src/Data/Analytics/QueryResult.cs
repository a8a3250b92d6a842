namespace Hive.Data.Analytics;

/// <summary>A materialised SQL result: column names and DuckDB type names, and rows of CLR values.</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<string> Types, IReadOnlyList<object?[]> Rows);
