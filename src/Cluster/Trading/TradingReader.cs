using Hive.Actors.ReadModel;
using Hive.Actors.Sharding;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.Core.ReadModel;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Cluster.Trading;

/// <summary>
/// The read side of the trading API. Orders, fills and strategies come from the read tables the projection keeps
/// (never from entities, never by replaying journals); an account is looked up there first, so an id nobody opened
/// is a 404 without starting an entity, and only an account that exists is asked live for its balances, marked at
/// the venues' last prices.
/// </summary>
public sealed class TradingReader(EntityGateway gateway, ReadModelQueries queries)
{
    private const int RecentOrdersOfStrategy = 20;
    private const int PnlPage = 500;

    /// <summary>The most orders of one strategy its P&amp;L is summed over (newest first); <c>complete</c> says whether that was all.</summary>
    public const int PnlOrderLimit = 20_000;

    public async Task<(IReadOnlyList<OrderView> Orders, PageCursor? Next)> OrdersAsync(OrderQuery query, CancellationToken ct)
    {
        var page = await queries.OrdersAsync(query, ct);
        var fills = await queries.FillsOfAsync(page.Rows.Select(o => o.ClientOrderId).ToList(), ct);
        return (page.Rows.Select(o => OrderView.From(o, fills[o.ClientOrderId])).ToList(), page.Next);
    }

    public async Task<OrderView?> OrderAsync(ClientOrderId id, CancellationToken ct)
    {
        if (await queries.OrderAsync(id, ct) is not { } order) return null;
        var fills = await queries.FillsOfAsync([id], ct);
        return OrderView.From(order, fills[id]);
    }

    public async Task<(IReadOnlyList<FillView> Fills, PageCursor? Next)> FillsAsync(FillQuery query, CancellationToken ct)
    {
        var page = await queries.FillsAsync(query, ct);
        return (page.Rows.Select(FillView.From).ToList(), page.Next);
    }

    public async Task<IReadOnlyList<StrategyView>> StrategiesAsync(CancellationToken ct) =>
        (await queries.StrategiesAsync(ct)).Select(s => StrategyView.From(s)).ToList();

    public async Task<StrategyView?> StrategyAsync(StrategyId id, CancellationToken ct)
    {
        if (await queries.StrategyAsync(id, ct) is not { } strategy) return null;
        var (orders, _) = await OrdersAsync(new OrderQuery(Strategy: id, Limit: RecentOrdersOfStrategy), ct);
        return StrategyView.From(strategy, orders);
    }

    /// <summary>A strategy's P&amp;L per instrument from its orders on the read side (pages through the strategy's index), marked
    /// at the venues' last prices; null when the read side does not know the strategy.</summary>
    public async Task<(IReadOnlyList<StrategyPnl> Instruments, bool Complete)?> StrategyPnlAsync(StrategyId id, CancellationToken ct)
    {
        if (await queries.StrategyAsync(id, ct) is null) return null;
        var orders = new List<OrderRow>();
        PageCursor? before = null;
        do
        {
            var page = await queries.OrdersAsync(new OrderQuery(Strategy: id, Before: before, Limit: PnlPage), ct);
            orders.AddRange(page.Rows);
            before = page.Next;
        } while (before is not null && orders.Count < PnlOrderLimit);
        var marks = await MarksAsync(orders.Select(o => o.InstrumentId).Distinct());
        return (StrategyPnl.Of(orders, marks), before is null);
    }

    public async Task<AccountView?> AccountAsync(AccountId id, CancellationToken ct) =>
        await LiveAccountAsync(id, ct) is { } account ? AccountView.From(account, await MarksAsync(account.Positions.Keys)) : null;

    /// <summary>The account's limits, trading states and their use; null when the read side does not know the account (a
    /// read never creates an entity).</summary>
    public async Task<RiskView?> RiskAsync(AccountId id, CancellationToken ct) =>
        await LiveAccountAsync(id, ct) is { } account ? RiskView.From(account, DateTime.UtcNow) : null;

    /// <summary>The account entity's state, asked only once the read side knows the account; null otherwise.</summary>
    public async Task<AccountState?> LiveAccountAsync(AccountId id, CancellationToken ct)
    {
        if (await queries.AccountAsync(id, ct) is null) return null;
        return await gateway.Ask(new GetAccount(id)) as AccountState is { Version: > 0 } account ? account : null;
    }

    public async Task<IReadOnlyDictionary<InstrumentId, decimal>> MarksAsync(IEnumerable<InstrumentId> instruments)
    {
        var marks = new Dictionary<InstrumentId, decimal>();
        foreach (var instrument in instruments)
            if (await gateway.Ask(new GetVenue(instrument)) is VenueStatus { LastPrice: { } price }) marks[instrument] = price;
        return marks;
    }
}
