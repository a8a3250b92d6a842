using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Hive.Actors.Persistence;

/// <summary>
/// SQLite's own API for the statements the file's writer runs thousands of times a second: prepared once, bound value by
/// value (ADO.NET's parameters allocate a binder per value on every execution), errors thrown as ADO.NET would throw them.
/// Values are bound as Microsoft.Data.Sqlite binds them, so rows read back through it exactly as if it had written them.
/// </summary>
internal static class RawSqlite
{
    /// <summary>Microsoft.Data.Sqlite's text form of a decimal (it stores decimals as TEXT).</summary>
    private const string DecimalFormat = "0.0###########################";

    public static sqlite3_stmt Prepare(SqliteConnection connection, string sql)
    {
        var result = raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement);
        if (result != raw.SQLITE_OK) throw Failure(connection, result);
        return statement;
    }

    /// <summary>Runs a bound statement that returns no rows and resets it for the next; a failure (a constraint) throws with
    /// SQLite's message.</summary>
    public static void Step(SqliteConnection connection, sqlite3_stmt statement)
    {
        var result = raw.sqlite3_step(statement);
        var failure = result == raw.SQLITE_DONE ? null : Failure(connection, result);
        raw.sqlite3_reset(statement);
        if (failure is not null) throw failure;
    }

    /// <summary>Binds a value at a 1-based index: text, 64-bit integers, decimals as their text, or null.</summary>
    public static void Bind(sqlite3_stmt statement, int index, object? value)
    {
        var result = value switch
        {
            null => raw.sqlite3_bind_null(statement, index),
            string text => raw.sqlite3_bind_text(statement, index, text),
            long number => raw.sqlite3_bind_int64(statement, index, number),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            decimal number => raw.sqlite3_bind_text(statement, index, number.ToString(DecimalFormat, CultureInfo.InvariantCulture)),
            _ => throw new ArgumentException($"no SQLite binding for a {value.GetType().Name}", nameof(value)),
        };
        if (result != raw.SQLITE_OK) throw new SqliteException($"SQLite Error {result}: binding parameter {index} failed.", result);
    }

    public static SqliteException Failure(SqliteConnection connection, int result) =>
        new($"SQLite Error {result}: '{raw.sqlite3_errmsg(connection.Handle).utf8_to_string()}'.", result, raw.sqlite3_extended_errcode(connection.Handle));
}
