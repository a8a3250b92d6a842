using BenchmarkDotNet.Attributes;
using Hive.Core.Trading;

namespace Hive.Bench.Matching;

/// <summary>
/// BenchmarkDotNet view of the matching engine: 1,000,000 pre-generated operations (50% passive limits,
/// 40% cancels of earlier passive orders, 10% marketable IOCs) on a book prefilled with 10,000 orders;
/// the reported time is per operation. `--filter *MatchingBench*`. The `matching` load generator gives
/// the latency percentiles.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class MatchingBench
{
    private const int Operations = 1_000_000;
    private const int Prefill = 10_000;
    private const long Mid = 100_000;

    private readonly BookOrder[] _orders = new BookOrder[Operations];
    private readonly long[] _cancels = new long[Operations];
    private readonly BookOrder[] _prefill = new BookOrder[Prefill];
    private MatchingEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var passive = new List<long>();
        long id = 1;
        BookOrder Passive()
        {
            var side = random.Next(2) == 0 ? OrderSide.Buy : OrderSide.Sell;
            var offset = random.Next(1, 51);
            var order = new BookOrder(id++, random.Next(1, 1001), side, side == OrderSide.Buy ? Mid - offset : Mid + offset, random.Next(1, 101));
            passive.Add(order.OrderId);
            return order;
        }
        for (var i = 0; i < Prefill; i++) _prefill[i] = Passive();
        for (var i = 0; i < Operations; i++)
        {
            var roll = random.Next(100);
            if (roll < 50) _orders[i] = Passive();
            else if (roll < 90 && passive.Count > 0)
            {
                var slot = random.Next(passive.Count);
                _cancels[i] = passive[slot];
                passive[slot] = passive[^1];
                passive.RemoveAt(passive.Count - 1);
            }
            else
            {
                var side = random.Next(2) == 0 ? OrderSide.Buy : OrderSide.Sell;
                _orders[i] = new BookOrder(id++, random.Next(1, 1001), side, side == OrderSide.Buy ? Mid + 5 : Mid - 5, random.Next(1, 201), BookOrderStyle.Ioc);
            }
        }
    }

    [IterationSetup]
    public void FreshBook()
    {
        // Sized for the whole run so the figure is matching, not array growth.
        _engine = new MatchingEngine(NullMatchListener.Instance, SelfTradePrevention.CancelResting, Prefill + Operations);
        foreach (var order in _prefill) _engine.Submit(order);
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public long MixedOperations()
    {
        long traded = 0;
        for (var i = 0; i < Operations; i++)
        {
            if (_cancels[i] != 0) _engine.Cancel(_cancels[i]);
            else traded += _engine.Submit(_orders[i]);
        }
        return traded;
    }
}
