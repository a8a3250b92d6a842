using Hive.Core.Ids;
using Hive.Core.ReadModel;

namespace Hive.Core.Surveillance;

/// <summary>
/// The newest orders and fills a scan looks at, kept in memory from the read side's own changes instead of read back from
/// its tables before every scan. Rows replace earlier versions by id; past the caps the oldest (by placement or execution
/// time, then sort key) are dropped, so the window holds what the read tables' newest rows would. Each row is turned into
/// what the detectors see once, when it arrives, not at every scan.
/// </summary>
public sealed class SurveillanceWindow(int maxOrders, int maxFills)
{
    private readonly Dictionary<ClientOrderId, (long Version, long SortKey, SurveilledOrder Seen)> _orders = [];
    private readonly Dictionary<TradeId, (long SortKey, SurveilledTrade Seen)> _fills = [];

    public int Orders => _orders.Count;

    public int Fills => _fills.Count;

    /// <summary>Takes rows in any order, from the projection's batches or read back from the tables: an order's row replaces
    /// the one held only when it is as new or newer (its version), a fill never changes.</summary>
    public void Apply(IEnumerable<OrderRow> orders, IEnumerable<FillRow> fills)
    {
        foreach (var o in orders)
            if (!_orders.TryGetValue(o.ClientOrderId, out var held) || held.Version < o.Version)
                _orders[o.ClientOrderId] = (o.Version, o.SortKey, SurveilledOrder.From(o));
        foreach (var f in fills)
            if (!_fills.ContainsKey(f.TradeId)) _fills[f.TradeId] = (f.SortKey, SurveilledTrade.From(f));
        // Trimmed in bulk once a quarter over the cap, so each row is sorted a bounded number of times.
        Trim(_orders, maxOrders, o => (o.Seen.PlacedAt, o.SortKey));
        Trim(_fills, maxFills, f => (f.Seen.ExecutedAt, f.SortKey));
    }

    /// <summary>A copy of the window as the detectors see it, taken on the owner's thread before a scan runs elsewhere.</summary>
    public (IReadOnlyList<SurveilledOrder> Orders, IReadOnlyList<SurveilledTrade> Trades) Snapshot() =>
        (_orders.Values.Select(o => o.Seen).ToList(), _fills.Values.Select(f => f.Seen).ToList());

    private static void Trim<TKey, TRow>(Dictionary<TKey, TRow> rows, int cap, Func<TRow, (DateTime, long)> age) where TKey : notnull
    {
        if (rows.Count <= cap + cap / 4) return;
        foreach (var old in rows.OrderByDescending(r => age(r.Value)).Skip(cap).Select(r => r.Key).ToList()) rows.Remove(old);
    }
}
