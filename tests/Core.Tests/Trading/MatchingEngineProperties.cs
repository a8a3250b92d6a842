using FsCheck.Xunit;
using Hive.Core.Trading;

namespace Hive.Core.Tests.Trading;

/// <summary>
/// Random operation sequences, decoded from integers FsCheck generates and shrinks: each integer picks an
/// operation (new limit, IOC, cancel of an earlier id), a side, a price in a narrow band (so orders cross
/// often), a quantity and one of three owners (so self-trade prevention fires).
/// </summary>
public class MatchingEngineProperties
{
    private readonly record struct Op(int Kind, OrderSide Side, long Price, long Quantity, long Owner, int Target);

    private static Op Decode(int code)
    {
        var u = (uint)code;
        return new Op((int)(u % 10), (u / 10 % 2) == 0 ? OrderSide.Buy : OrderSide.Sell, 95 + u / 20 % 11,
            1 + u / 220 % 20, 1 + u / 4400 % 3, (int)(u / 13200 % 64));
    }

    private static (MatchingEngine Engine, RecordingMatchListener Events, ReferenceBook Reference, Dictionary<long, long> Sizes) Run(int[] codes)
    {
        var events = new RecordingMatchListener();
        var engine = new MatchingEngine(events, SelfTradePrevention.CancelResting, initialOrderCapacity: 16);
        var reference = new ReferenceBook();
        var sizes = new Dictionary<long, long>();
        for (var i = 0; i < codes.Length; i++)
        {
            var op = Decode(codes[i]);
            long id = i + 1;
            if (op.Kind <= 1 && i > 0)
            {
                var target = 1 + op.Target % i;
                engine.Cancel(target);
                reference.Cancel(target);
                continue;
            }
            var ioc = op.Kind == 2;
            sizes[id] = op.Quantity;
            engine.Submit(new BookOrder(id, op.Owner, op.Side, op.Price, op.Quantity, ioc ? BookOrderStyle.Ioc : BookOrderStyle.Gtc));
            reference.Submit(id, op.Owner, op.Side, op.Price, op.Quantity, ioc);
        }
        return (engine, events, reference, sizes);
    }

    [Property(MaxTest = 300)]
    public bool The_book_is_never_crossed_after_any_sequence_of_operations(int[] codes)
    {
        var (engine, _, _, _) = Run(codes);
        return engine.BestBid is not { } bid || engine.BestAsk is not { } ask || bid < ask;
    }

    [Property(MaxTest = 300)]
    public bool No_order_is_ever_filled_beyond_its_quantity(int[] codes)
    {
        var (engine, events, _, sizes) = Run(codes);
        var filled = new Dictionary<long, long>();
        foreach (var t in events.Trades)
        {
            filled[t.TakerId] = filled.GetValueOrDefault(t.TakerId) + t.Quantity;
            filled[t.MakerId] = filled.GetValueOrDefault(t.MakerId) + t.Quantity;
        }
        return filled.All(f => f.Value <= sizes[f.Key]) &&
               sizes.Keys.All(id => filled.GetValueOrDefault(id) + (engine.RemainingOf(id) ?? 0) <= sizes[id]);
    }

    [Property(MaxTest = 300)]
    public bool Trades_follow_price_time_priority_exactly_as_the_reference_book(int[] codes)
    {
        var (engine, events, reference, _) = Run(codes);
        var trades = events.Trades.Select(t => (t.TakerId, t.MakerId, t.Price, t.Quantity)).ToList();
        return trades.SequenceEqual(reference.Trades)
            && engine.Depth(OrderSide.Buy).Select(l => (l.PriceTicks, l.QuantityLots)).SequenceEqual(reference.Levels(OrderSide.Buy))
            && engine.Depth(OrderSide.Sell).Select(l => (l.PriceTicks, l.QuantityLots)).SequenceEqual(reference.Levels(OrderSide.Sell));
    }

    [Property(MaxTest = 200)]
    public bool Level_totals_equal_the_sum_of_their_resting_orders(int[] codes)
    {
        var (engine, _, _, _) = Run(codes);
        foreach (var side in new[] { OrderSide.Buy, OrderSide.Sell })
            foreach (var level in engine.Depth(side))
            {
                var ids = engine.OrdersAt(side, level.PriceTicks);
                if (ids.Count != level.OrderCount || ids.Sum(id => engine.RemainingOf(id)!.Value) != level.QuantityLots) return false;
            }
        return true;
    }
}
