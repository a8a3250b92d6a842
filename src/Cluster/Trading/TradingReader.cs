using Hive.Actors.Entities;
using Hive.Actors.Sharding;
using Hive.Core.Entities.Strategies;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.Core.Trading;

namespace Hive.Cluster.Trading;

/// <summary>
/// The read side of the trading API. Lists come from the journal (orders and strategies folded with their own
/// Apply, so listing never wakes thousands of entities); one account is asked live, and its positions are
/// marked at the venues' last prices.
/// </summary>
public sealed class TradingReader(EntityGateway gateway, EntityDirectory directory)
{
    private const int Parallelism = 16;

    public Task<OrderFlowState> OrderAsync(ClientOrderId id) =>
        directory.FoldAsync<OrderFlowState, IOrderEvent>(RegionNames.Order, id.Value, OrderFlowState.Empty(id), (s, e) => s.Apply(e));

    /// <summary>Orders, newest first (by the number at the end of the client order id, then the id), optionally of one account.</summary>
    public async Task<IReadOnlyList<OrderFlowState>> OrdersAsync(AccountId? account, int limit, CancellationToken cancellationToken)
    {
        var ids = await directory.IdsAsync(RegionNames.Order, cancellationToken);
        var orders = await FoldAllAsync(ids, id => OrderAsync(new ClientOrderId(id)), cancellationToken);
        return orders
            .Where(o => o.Exists && (account is null || o.Order.Request!.AccountId == account))
            .OrderByDescending(o => NumericSuffix(o.ClientOrderId.Value)).ThenByDescending(o => o.ClientOrderId.Value, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    public async Task<IReadOnlyList<StrategyState>> StrategiesAsync(CancellationToken cancellationToken)
    {
        var ids = await directory.IdsAsync(RegionNames.Strategy, cancellationToken);
        var states = await FoldAllAsync(ids, id => directory.FoldAsync<StrategyState, StrategyEvent>(
            RegionNames.Strategy, id, StrategyState.Empty(new StrategyId(id)), (s, e) => s.Apply(e)), cancellationToken);
        return states.Where(s => s.Version > 0).ToList();
    }

    public async Task<AccountView?> AccountAsync(AccountId id)
    {
        if (await gateway.Ask(new GetAccount(id)) is not AccountState { Version: > 0 } account) return null;
        return AccountView.From(account, await MarksAsync(account.Positions.Keys));
    }

    public async Task<IReadOnlyDictionary<InstrumentId, decimal>> MarksAsync(IEnumerable<InstrumentId> instruments)
    {
        var marks = new Dictionary<InstrumentId, decimal>();
        foreach (var instrument in instruments)
            if (await gateway.Ask(new GetVenue(instrument)) is VenueStatus { LastPrice: { } price }) marks[instrument] = price;
        return marks;
    }

    private static async Task<List<T>> FoldAllAsync<T>(IReadOnlyList<string> ids, Func<string, Task<T>> fold, CancellationToken cancellationToken)
    {
        var results = new T[ids.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, _) => results[i] = await fold(ids[i]));
        return results.ToList();
    }

    private static long NumericSuffix(string id)
    {
        var start = id.Length;
        while (start > 0 && char.IsAsciiDigit(id[start - 1])) start--;
        return start < id.Length && id.Length - start <= 18 ? long.Parse(id.AsSpan(start)) : -1;
    }
}
