namespace Hive.Data.Analytics;

/// <summary>A query DuckDB refused (syntax, unknown column...), with DuckDB's own message.</summary>
public sealed class SqlQueryException(string message) : Exception(message);
