using Hive.Core.Trading;

namespace Hive.Core.Tests.Trading;

/// <summary>
/// The slowest possible correct order book: a flat list scanned and sorted on every operation, written
/// straight from the rules (best price first, then arrival; trade at the resting price; self-trades
/// cancel the resting order). The property tests check the real engine against it.
/// </summary>
internal sealed class ReferenceBook
{
    private sealed class Resting
    {
        public long Id;
        public long Owner;
        public OrderSide Side;
        public long Price;
        public long Remaining;
        public long Arrival;
    }

    private readonly List<Resting> _orders = new();
    private long _arrival;

    public List<(long Taker, long Maker, long Price, long Quantity)> Trades { get; } = new();

    public void Submit(long id, long owner, OrderSide side, long price, long quantity, bool ioc)
    {
        if (quantity <= 0 || price <= 0 || _orders.Any(o => o.Id == id)) return;
        var remaining = quantity;
        while (remaining > 0)
        {
            var best = _orders
                .Where(o => o.Side != side && (side == OrderSide.Buy ? o.Price <= price : o.Price >= price))
                .OrderBy(o => side == OrderSide.Buy ? o.Price : -o.Price).ThenBy(o => o.Arrival)
                .FirstOrDefault();
            if (best is null) break;
            if (best.Owner == owner) { _orders.Remove(best); continue; }
            var traded = Math.Min(remaining, best.Remaining);
            Trades.Add((id, best.Id, best.Price, traded));
            best.Remaining -= traded;
            remaining -= traded;
            if (best.Remaining == 0) _orders.Remove(best);
        }
        if (remaining > 0 && !ioc)
            _orders.Add(new Resting { Id = id, Owner = owner, Side = side, Price = price, Remaining = remaining, Arrival = _arrival++ });
    }

    public void Cancel(long id) => _orders.RemoveAll(o => o.Id == id);

    public IEnumerable<(long Price, long Quantity)> Levels(OrderSide side) =>
        _orders.Where(o => o.Side == side).GroupBy(o => o.Price)
            .Select(g => (g.Key, g.Sum(o => o.Remaining)))
            .OrderBy(l => side == OrderSide.Buy ? -l.Key : l.Key);
}
