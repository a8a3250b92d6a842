using System.Data;
using System.Data.Common;
using System.Text;
using Hive.Core.Ids;
using Hive.Core.Orders;
using Hive.Core.ReadModel;

namespace Hive.Actors.ReadModel;

/// <summary>
/// The reading half of the read side: pages of orders, fills and parent orders (newest first, keyset paging on (time, sort key)),
/// single rows, strategies and accounts, straight from the read tables. Nothing here touches an entity or the journal.
/// </summary>
public sealed class ReadModelQueries(ReadModelDialect dialect)
{
    public async Task<Page<OrderRow>> OrdersAsync(OrderQuery q, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("WHERE 1 = 1");
        if (q.Account is { } account) where.Append($" AND account_id = {ReadModelSql.Parameter(command, account.Value)}");
        AnyOf(command, where, q.AnyOf);
        if (q.Instrument is { } instrument) where.Append($" AND instrument = {ReadModelSql.Parameter(command, instrument.ToString())}");
        if (q.Status is { } status) where.Append($" AND status = {ReadModelSql.Parameter(command, status.ToString())}");
        if (q.Strategy is { } strategy) where.Append($" AND strategy_id = {ReadModelSql.Parameter(command, strategy.Value)}");
        if (q.From is { } from) where.Append($" AND created_at >= {ReadModelSql.Parameter(command, from.Ticks)}");
        if (q.To is { } to) where.Append($" AND created_at < {ReadModelSql.Parameter(command, to.Ticks)}");
        Before(command, where, "created_at", q.Before);
        command.CommandText = $"SELECT {ReadModelSql.OrderColumns} FROM orders {where} ORDER BY created_at DESC, sort_key DESC LIMIT {q.Limit + 1}";
        var rows = await ReadAllAsync(command, ReadModelSql.Order, ct);
        return PageOf(rows, q.Limit, o => new PageCursor(o.CreatedAt.Ticks, o.SortKey));
    }

    /// <summary>Keeps rows of those accounts only; an empty set keeps none.</summary>
    private void AnyOf(DbCommand command, StringBuilder where, IReadOnlyCollection<AccountId>? accounts)
    {
        if (accounts is not null) where.Append($" AND account_id IN {dialect.AnyOf(command, accounts.Select(a => a.Value))}");
    }

    public async Task<Page<FillRow>> FillsAsync(FillQuery q, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("WHERE 1 = 1");
        if (q.Account is { } account) where.Append($" AND account_id = {ReadModelSql.Parameter(command, account.Value)}");
        AnyOf(command, where, q.AnyOf);
        if (q.Instrument is { } instrument) where.Append($" AND instrument = {ReadModelSql.Parameter(command, instrument.ToString())}");
        if (q.Order is { } order) where.Append($" AND client_order_id = {ReadModelSql.Parameter(command, order.Value)}");
        Before(command, where, "executed_at", q.Before);
        command.CommandText = $"SELECT {ReadModelSql.FillColumns} FROM fills {where} ORDER BY executed_at DESC, sort_key DESC LIMIT {q.Limit + 1}";
        var rows = await ReadAllAsync(command, ReadModelSql.Fill, ct);
        return PageOf(rows, q.Limit, f => new PageCursor(f.ExecutedAt.Ticks, f.SortKey));
    }

    public async Task<Page<AlgoRow>> AlgosAsync(AlgoQuery q, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("WHERE 1 = 1");
        if (q.Account is { } account) where.Append($" AND account_id = {ReadModelSql.Parameter(command, account.Value)}");
        AnyOf(command, where, q.AnyOf);
        if (q.Instrument is { } instrument) where.Append($" AND instrument = {ReadModelSql.Parameter(command, instrument.ToString())}");
        if (q.Status is { } status) where.Append($" AND status = {ReadModelSql.Parameter(command, status.ToString().ToLowerInvariant())}");
        if (q.Type is { } type) where.Append($" AND algo_type = {ReadModelSql.Parameter(command, type)}");
        if (q.From is { } from) where.Append($" AND submitted_at >= {ReadModelSql.Parameter(command, from.Ticks)}");
        if (q.To is { } to) where.Append($" AND submitted_at < {ReadModelSql.Parameter(command, to.Ticks)}");
        Before(command, where, "submitted_at", q.Before);
        command.CommandText = $"SELECT {ReadModelSql.AlgoColumns} FROM algos {where} ORDER BY submitted_at DESC, sort_key DESC LIMIT {q.Limit + 1}";
        var rows = await ReadAllAsync(command, ReadModelSql.Algo, ct);
        return PageOf(rows, q.Limit, a => new PageCursor(a.SubmittedAt.Ticks, a.SortKey));
    }

    public async Task<OrderRow?> OrderAsync(ClientOrderId id, CancellationToken ct = default) =>
        (await ByKeyAsync("orders", ReadModelSql.OrderColumns, "client_order_id", id.Value, ReadModelSql.Order, ct)).FirstOrDefault();

    /// <summary>
    /// The rows of those of these orders the read side has — a complete answer: while a rebuild has not yet folded the
    /// journal up to where it stood when the rebuild began, a missing row may be an order not folded yet, so this throws
    /// instead. One round trip: the rows first, then the rebuild's progress, so a rebuild that empties the tables between
    /// the two reads is seen by the second.
    /// </summary>
    public async Task<IReadOnlyList<OrderRow>> OrdersOfAsync(IReadOnlyCollection<ClientOrderId> orders, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        var tag = ReadModelSql.Parameter(command, ReadModelTags.Projected);
        command.CommandText = $"""
            SELECT {ReadModelSql.OrderColumns} FROM orders WHERE client_order_id IN {dialect.AnyOf(command, orders.Select(o => o.Value))};
            SELECT t.position, COALESCE((SELECT o.position FROM projection_offsets o WHERE o.tag = {tag}), 0) FROM rebuild_target t WHERE t.id = 1
            """;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<OrderRow>();
        while (await reader.ReadAsync(ct)) rows.Add(ReadModelSql.Order(reader));
        await reader.NextResultAsync(ct);
        if (await reader.ReadAsync(ct) && reader.GetInt64(1) < reader.GetInt64(0))
            throw new InvalidOperationException(
                $"the read side is being rebuilt (at journal position {reader.GetInt64(1):N0} of {reader.GetInt64(0):N0})");
        return rows;
    }

    /// <summary>Which of these orders the read tables hold finished: only the id and status of each, for the order groups'
    /// question whether they may forget them (a full row each would be read, and dropped, a thousand times a second).</summary>
    public async Task<IReadOnlySet<ClientOrderId>> FinishedOfAsync(IReadOnlyCollection<ClientOrderId> orders, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT client_order_id, status FROM orders WHERE client_order_id IN {dialect.AnyOf(command, orders.Select(o => o.Value))}";
        await using var reader = await command.ExecuteReaderAsync(ct);
        var finished = new HashSet<ClientOrderId>();
        while (await reader.ReadAsync(ct))
            if (OrderTransitions.IsTerminal(Enum.Parse<OrderStatus>(reader.GetString(1))))
                finished.Add(new ClientOrderId(reader.GetString(0)));
        return finished;
    }

    /// <summary>The fills of these orders, oldest first per order.</summary>
    public async Task<ILookup<ClientOrderId, FillRow>> FillsOfAsync(IReadOnlyCollection<ClientOrderId> orders, CancellationToken ct = default)
    {
        if (orders.Count == 0) return Array.Empty<FillRow>().ToLookup(f => f.ClientOrderId);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ReadModelSql.FillColumns} FROM fills WHERE client_order_id IN {dialect.AnyOf(command, orders.Select(o => o.Value))} ORDER BY executed_at, sort_key";
        return (await ReadAllAsync(command, ReadModelSql.Fill, ct)).ToLookup(f => f.ClientOrderId);
    }

    /// <summary>Every fill of the instrument executed in [<paramref name="first"/>, <paramref name="last"/>] (venue time), any account's,
    /// oldest first: an index range scan of <c>fills_by_instrument</c>.</summary>
    public async Task<IReadOnlyList<FillRow>> TapeAsync(InstrumentId instrument, DateTime first, DateTime last, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ReadModelSql.FillColumns} FROM fills WHERE instrument = {ReadModelSql.Parameter(command, instrument.ToString())} " +
                              $"AND executed_at >= {ReadModelSql.Parameter(command, first.Ticks)} AND executed_at <= {ReadModelSql.Parameter(command, last.Ticks)} " +
                              "ORDER BY executed_at, sort_key";
        return await ReadAllAsync(command, ReadModelSql.Fill, ct);
    }

    public async Task<AccountRow?> AccountAsync(AccountId id, CancellationToken ct = default) =>
        (await ByKeyAsync("accounts", ReadModelSql.AccountColumns, "account_id", id.Value, ReadModelSql.Account, ct)).FirstOrDefault();

    public async Task<StrategyRow?> StrategyAsync(StrategyId id, CancellationToken ct = default) =>
        (await ByKeyAsync("strategies", ReadModelSql.StrategyColumns, "strategy_id", id.Value, ReadModelSql.Strategy, ct)).FirstOrDefault();

    public Task<IReadOnlyList<StrategyRow>> StrategiesAsync(CancellationToken ct = default) =>
        AllAsync("strategies", ReadModelSql.StrategyColumns, "strategy_id", ReadModelSql.Strategy, ct);

    public Task<IReadOnlyList<AccountRow>> AccountsAsync(CancellationToken ct = default) =>
        AllAsync("accounts", ReadModelSql.AccountColumns, "account_id", ReadModelSql.Account, ct);

    private async Task<IReadOnlyList<T>> AllAsync<T>(string table, string columns, string orderBy, Func<DbDataReader, T> read, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {columns} FROM {table} ORDER BY {orderBy}";
        return await ReadAllAsync(command, read, ct);
    }

    public async Task<IReadOnlyList<ProjectionOffset>> OffsetsAsync(CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT tag, position, newest_event_at, events FROM projection_offsets";
        var stored = await ReadAllAsync(command, r => new ProjectionOffset(r.GetString(0), r.GetInt64(1), ReadModelSql.Utc(r.GetInt64(2)), r.GetInt64(3)), ct);
        return ReadModelTags.All.Select(t => stored.FirstOrDefault(o => o.Tag == t) ?? new ProjectionOffset(t, 0, null, 0)).ToList();
    }

    // The first conjunct is an index range (time at most the cursor's); the second drops the cursor's own time's rows
    // at or after its sort key. Written without row values so both databases plan it the same way.
    private static void Before(DbCommand command, StringBuilder where, string timeColumn, PageCursor? cursor)
    {
        if (cursor is not { } c) return;
        var (time, key) = (ReadModelSql.Parameter(command, c.TimeTicks), ReadModelSql.Parameter(command, c.SortKey));
        where.Append($" AND {timeColumn} <= {time} AND ({timeColumn} < {time} OR sort_key < {key})");
    }

    private static Page<T> PageOf<T>(List<T> rows, int limit, Func<T, PageCursor> cursorOf) =>
        rows.Count > limit ? new Page<T>(rows.Take(limit).ToList(), cursorOf(rows[limit - 1])) : new Page<T>(rows, null);

    private async Task<List<T>> ByKeyAsync<T>(string table, string columns, string key, string id, Func<DbDataReader, T> read, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {columns} FROM {table} WHERE {key} = {ReadModelSql.Parameter(command, id, DbType.String)}";
        return await ReadAllAsync(command, read, ct);
    }

    private static async Task<List<T>> ReadAllAsync<T>(DbCommand command, Func<DbDataReader, T> read, CancellationToken ct)
    {
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add(read(reader));
        return rows;
    }
}
