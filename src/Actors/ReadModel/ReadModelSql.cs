using System.Collections.Immutable;
using System.Data;
using System.Data.Common;
using System.Text.Json;
using Hive.Core.Ids;
using Hive.Core.ReadModel;
using Hive.Core.Accounts;
using Hive.Core.Algos;
using Hive.Core.Orders;

namespace Hive.Actors.ReadModel;

/// <summary>
/// The read tables: their DDL, column lists and the mapping between rows and records, shared by the writer
/// (<see cref="ReadModelStore"/>) and the reader (<see cref="ReadModelQueries"/>). Each list is ordered newest first
/// by (time, sort key), and every filter of the API has an index that starts with it and ends with that pair, so a
/// page is an index range scan however many rows the table holds.
/// </summary>
public static class ReadModelSql
{
    public const string OrderColumns =
        "client_order_id, account_id, instrument, strategy_id, side, order_type, time_in_force, quantity, limit_price, stop_price, " +
        "status, status_before_pending, filled_quantity, average_price, fees, venue_order_id, rejection_code, rejection_message, " +
        "created_at, updated_at, sort_key, version, arrival_price";

    public const string FillColumns =
        "trade_id, client_order_id, account_id, instrument, side, quantity, price, fee, fee_currency, liquidity, executed_at, sort_key";

    public const string AccountColumns = "account_id, account_type, leverage, opened_at, version";

    public const string StrategyColumns = "strategy_id, kind, account_id, parameters, running, stop_reason, orders_issued, starts, updated_at, version";

    /// <summary>A parent order's row: what its list shows, and its children's figures (<c>children</c>, JSON) that its totals sum.</summary>
    public const string AlgoColumns =
        "algo_id, account_id, instrument, side, algo_type, status, pause_reason, quantity, filled_quantity, average_price, fees, " +
        "arrival_price, slippage_bps, slices_planned, slices_placed, children, window_start, window_end, submitted_at, updated_at, sort_key, version";

    public static readonly IReadOnlyList<string> Tables = ["orders", "fills", "accounts", "strategies", "algos", "projection_offsets"];

    public static IReadOnlyList<string> Schema(ReadModelDialect dialect)
    {
        var d = dialect.DecimalType;
        return
        [
            $"""
             CREATE TABLE IF NOT EXISTS orders (
               client_order_id TEXT NOT NULL PRIMARY KEY, account_id TEXT NOT NULL, instrument TEXT NOT NULL, strategy_id TEXT NULL,
               side TEXT NOT NULL, order_type TEXT NOT NULL, time_in_force TEXT NOT NULL,
               quantity {d} NOT NULL, limit_price {d} NULL, stop_price {d} NULL,
               status TEXT NOT NULL, status_before_pending TEXT NOT NULL,
               filled_quantity {d} NOT NULL, average_price {d} NOT NULL, fees {d} NOT NULL,
               venue_order_id TEXT NULL, rejection_code TEXT NULL, rejection_message TEXT NULL,
               created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, sort_key BIGINT NOT NULL, version BIGINT NOT NULL,
               arrival_price {d} NULL)
             """,
            "CREATE INDEX IF NOT EXISTS orders_newest ON orders (created_at, sort_key)",
            "CREATE INDEX IF NOT EXISTS orders_by_account ON orders (account_id, created_at, sort_key)",
            "CREATE INDEX IF NOT EXISTS orders_by_instrument ON orders (instrument, created_at, sort_key)",
            "CREATE INDEX IF NOT EXISTS orders_by_strategy ON orders (strategy_id, created_at, sort_key)",
            "CREATE INDEX IF NOT EXISTS orders_by_status ON orders (status, created_at, sort_key)",
            $"""
             CREATE TABLE IF NOT EXISTS fills (
               trade_id TEXT NOT NULL PRIMARY KEY, client_order_id TEXT NOT NULL, account_id TEXT NOT NULL, instrument TEXT NOT NULL,
               side TEXT NOT NULL, quantity {d} NOT NULL, price {d} NOT NULL, fee {d} NOT NULL, fee_currency TEXT NOT NULL,
               liquidity TEXT NOT NULL, executed_at BIGINT NOT NULL, sort_key BIGINT NOT NULL)
             """,
            "CREATE INDEX IF NOT EXISTS fills_newest ON fills (executed_at, sort_key)",
            "CREATE INDEX IF NOT EXISTS fills_by_account ON fills (account_id, executed_at, sort_key)",
            "CREATE INDEX IF NOT EXISTS fills_by_instrument ON fills (instrument, executed_at, sort_key)",
            "CREATE INDEX IF NOT EXISTS fills_by_order ON fills (client_order_id, executed_at, sort_key)",
            $"""
             CREATE TABLE IF NOT EXISTS accounts (
               account_id TEXT NOT NULL PRIMARY KEY, account_type TEXT NOT NULL, leverage {d} NOT NULL, opened_at BIGINT NOT NULL, version BIGINT NOT NULL)
             """,
            """
            CREATE TABLE IF NOT EXISTS strategies (
              strategy_id TEXT NOT NULL PRIMARY KEY, kind TEXT NOT NULL, account_id TEXT NOT NULL, parameters TEXT NOT NULL,
              running INTEGER NOT NULL, stop_reason TEXT NULL, orders_issued INTEGER NOT NULL, starts INTEGER NOT NULL,
              updated_at BIGINT NOT NULL, version BIGINT NOT NULL)
            """,
            $"""
             CREATE TABLE IF NOT EXISTS algos (
               algo_id TEXT NOT NULL PRIMARY KEY, account_id TEXT NOT NULL, instrument TEXT NOT NULL, side TEXT NOT NULL, algo_type TEXT NOT NULL,
               status TEXT NOT NULL, pause_reason TEXT NULL, quantity {d} NOT NULL, filled_quantity {d} NOT NULL, average_price {d} NOT NULL,
               fees {d} NOT NULL, arrival_price {d} NOT NULL, slippage_bps {d} NOT NULL, slices_planned INTEGER NOT NULL, slices_placed INTEGER NOT NULL,
               children TEXT NOT NULL, window_start BIGINT NOT NULL, window_end BIGINT NOT NULL, submitted_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,
               sort_key BIGINT NOT NULL, version BIGINT NOT NULL)
             """,
            "CREATE INDEX IF NOT EXISTS algos_newest ON algos (submitted_at, sort_key)",
            "CREATE INDEX IF NOT EXISTS algos_by_account ON algos (account_id, submitted_at, sort_key)",
            "CREATE INDEX IF NOT EXISTS algos_by_instrument ON algos (instrument, submitted_at, sort_key)",
            "CREATE INDEX IF NOT EXISTS algos_by_status ON algos (status, submitted_at, sort_key)",
            "CREATE INDEX IF NOT EXISTS algos_by_type ON algos (algo_type, submitted_at, sort_key)",
            """
            CREATE TABLE IF NOT EXISTS projection_offsets (
              tag TEXT NOT NULL PRIMARY KEY, position BIGINT NOT NULL, newest_event_at BIGINT NOT NULL, events BIGINT NOT NULL, updated_at BIGINT NOT NULL)
            """,
            // The journal position the last rebuild must reach before the read tables hold every order again.
            "CREATE TABLE IF NOT EXISTS rebuild_target (id INTEGER NOT NULL PRIMARY KEY, position BIGINT NOT NULL)",
        ];
    }

    /// <summary>Columns added to a table after it was first released: a database made before gets them at start (null in the rows
    /// it holds until a rebuild folds them again).</summary>
    public static IReadOnlyList<(string Table, string Column, string Definition)> AddedColumns(ReadModelDialect dialect) =>
        [("orders", "arrival_price", $"{dialect.DecimalType} NULL")];

    // Values -----------------------------------------------------------------------------------------------------

    public static object?[] Values(OrderRow o) =>
    [
        o.ClientOrderId.Value, o.AccountId.Value, o.InstrumentId.ToString(), o.StrategyId?.Value, Lower(o.Side), Lower(o.Type), Lower(o.TimeInForce),
        o.Quantity, o.LimitPrice, o.StopPrice, o.Status.ToString(), o.StatusBeforePending.ToString(), o.FilledQuantity, o.AverageFillPrice, o.Fees,
        o.VenueOrderId?.Value, o.RejectionCode, o.RejectionMessage, o.CreatedAt.Ticks, o.UpdatedAt.Ticks, o.SortKey, o.Version, o.ArrivalPrice,
    ];

    public static object?[] Values(FillRow f) =>
    [
        f.TradeId.Value, f.ClientOrderId.Value, f.AccountId.Value, f.InstrumentId.ToString(), Lower(f.Side), f.Quantity, f.Price, f.Fee,
        f.FeeCurrency, Lower(f.Liquidity), f.ExecutedAt.Ticks, f.SortKey,
    ];

    public static object?[] Values(AccountRow a) => [a.AccountId.Value, Lower(a.Type), a.Leverage, a.OpenedAt.Ticks, a.Version];

    public static object?[] Values(StrategyRow s) =>
    [
        s.StrategyId.Value, s.Kind, s.AccountId.Value, JsonSerializer.Serialize(s.Parameters), s.Running ? 1 : 0, s.StopReason,
        s.OrdersIssued, s.Starts, s.UpdatedAt.Ticks, s.Version,
    ];

    public static object?[] Values(AlgoRow a) =>
    [
        a.AlgoId.Value, a.AccountId.Value, a.InstrumentId.ToString(), Lower(a.Side), a.Type, Lower(a.Status), a.PauseReason, a.Quantity,
        a.Filled, a.AveragePrice, a.Fees, a.ArrivalPrice, a.SlippageBps, a.SlicesPlanned, a.SlicesPlaced, JsonSerializer.Serialize(a.Children),
        a.Start.Ticks, a.End.Ticks, a.SubmittedAt.Ticks, a.UpdatedAt.Ticks, a.SortKey, a.Version,
    ];

    // Rows -------------------------------------------------------------------------------------------------------

    public static OrderRow Order(DbDataReader r) => new(
        new ClientOrderId(r.GetString(0)), new AccountId(r.GetString(1)), InstrumentId.Parse(r.GetString(2)),
        r.IsDBNull(3) ? null : new StrategyId(r.GetString(3)),
        Enum.Parse<OrderSide>(r.GetString(4), true), Enum.Parse<OrderType>(r.GetString(5), true), Enum.Parse<TimeInForce>(r.GetString(6), true),
        r.GetDecimal(7), NullableDecimal(r, 8), NullableDecimal(r, 9),
        Enum.Parse<OrderStatus>(r.GetString(10)), Enum.Parse<OrderStatus>(r.GetString(11)),
        r.GetDecimal(12), r.GetDecimal(13), r.GetDecimal(14),
        r.IsDBNull(15) ? null : new VenueOrderId(r.GetString(15)), NullableString(r, 16), NullableString(r, 17),
        Utc(r.GetInt64(18)), Utc(r.GetInt64(19)), r.GetInt64(20), r.GetInt64(21), NullableDecimal(r, 22));

    public static FillRow Fill(DbDataReader r) => new(
        new TradeId(r.GetString(0)), new ClientOrderId(r.GetString(1)), new AccountId(r.GetString(2)), InstrumentId.Parse(r.GetString(3)),
        Enum.Parse<OrderSide>(r.GetString(4), true), r.GetDecimal(5), r.GetDecimal(6), r.GetDecimal(7), r.GetString(8),
        Enum.Parse<LiquiditySide>(r.GetString(9), true), Utc(r.GetInt64(10)), r.GetInt64(11));

    public static AccountRow Account(DbDataReader r) =>
        new(new AccountId(r.GetString(0)), Enum.Parse<AccountType>(r.GetString(1), true), r.GetDecimal(2), Utc(r.GetInt64(3)), r.GetInt64(4));

    public static StrategyRow Strategy(DbDataReader r) => new(
        new StrategyId(r.GetString(0)), r.GetString(1), new AccountId(r.GetString(2)),
        JsonSerializer.Deserialize<ImmutableSortedDictionary<string, string>>(r.GetString(3)) ?? ImmutableSortedDictionary<string, string>.Empty,
        Convert.ToInt64(r.GetValue(4)) != 0, NullableString(r, 5), Convert.ToInt32(r.GetValue(6)), Convert.ToInt32(r.GetValue(7)), Utc(r.GetInt64(8)), r.GetInt64(9));

    /// <summary>A parent's row; its totals are read back from its children's figures, which they sum.</summary>
    public static AlgoRow Algo(DbDataReader r) => new(
        new AlgoId(r.GetString(0)), new AccountId(r.GetString(1)), InstrumentId.Parse(r.GetString(2)), Enum.Parse<OrderSide>(r.GetString(3), true),
        r.GetString(4), Enum.Parse<ParentStatus>(r.GetString(5), true), NullableString(r, 6), r.GetDecimal(7), r.GetDecimal(11),
        Convert.ToInt32(r.GetValue(13)), JsonSerializer.Deserialize<ImmutableList<AlgoChildFigures>>(r.GetString(15)) ?? [],
        Utc(r.GetInt64(16)), Utc(r.GetInt64(17)), Utc(r.GetInt64(18)), Utc(r.GetInt64(19)), r.GetInt64(20), r.GetInt64(21));

    // Commands ---------------------------------------------------------------------------------------------------

    // Column types in the order of the column lists above, so a null is sent with its column's type (PostgreSQL
    // refuses a text-typed null in a numeric column).
    private const DbType S = DbType.String, D = DbType.Decimal, L = DbType.Int64, I = DbType.Int32;
    public static readonly DbType[] OrderTypes = [S, S, S, S, S, S, S, D, D, D, S, S, D, D, D, S, S, S, L, L, L, L, D];
    public static readonly DbType[] FillTypes = [S, S, S, S, S, D, D, D, S, S, L, L];
    public static readonly DbType[] AccountTypes = [S, S, D, L, L];
    public static readonly DbType[] StrategyTypes = [S, S, S, S, I, S, I, I, L, L];
    public static readonly DbType[] AlgoTypes = [S, S, S, S, S, S, S, D, D, D, D, D, D, I, I, S, L, L, L, L, L, L];

    public static string Parameter(DbCommand command, object? value, DbType? type = null)
    {
        var p = command.CreateParameter();
        p.ParameterName = "@p" + command.Parameters.Count;
        p.DbType = type ?? value switch
        {
            long => DbType.Int64,
            int => DbType.Int32,
            decimal => DbType.Decimal,
            _ => DbType.String,
        };
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
        return p.ParameterName;
    }

    /// <summary>"(@p0, @p1, ...)" for one row, its values added to the command.</summary>
    public static string Row(DbCommand command, object?[] values, DbType[] types) =>
        "(" + string.Join(", ", values.Select((v, i) => Parameter(command, v, types[i]))) + ")";

    public static DateTime Utc(long ticks) => new(ticks, DateTimeKind.Utc);

    private static decimal? NullableDecimal(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDecimal(i);

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
