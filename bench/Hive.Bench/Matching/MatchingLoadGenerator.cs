using System.Diagnostics;
using System.Globalization;
using Hive.Core.Trading;

namespace Hive.Bench.Matching;

/// <summary>
/// `dotnet run -c Release --project bench/Hive.Bench -- matching [--ops N] [--rate OPS_PER_S] [--book N]`.
/// Drives one <see cref="MatchingEngine"/> on one thread with a realistic mix: 50% new passive limit
/// orders 1-50 ticks behind the mid, 40% cancels of earlier orders, 10% marketable IOC orders that
/// cross the spread; the book is held near its starting size (a new order becomes a cancel when the book
/// has doubled), as in a steady market rather than one that only grows. Two phases: closed loop (back to back) for maximum throughput, then open loop at a
/// fixed rate, where each operation's latency is measured from when it was *scheduled*, so a stall
/// shows up in the percentiles instead of being hidden (no coordinated omission).
/// </summary>
public static class MatchingLoadGenerator
{
    public static Task<int> Run(string[] args)
    {
        var ops = 5_000_000;
        var rate = 1_000_000;
        var book = 10_000;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--ops": ops = value; break;
                case "--rate": rate = value; break;
                case "--book": book = value; break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; use --ops N --rate OPS_PER_S --book N");
                    return Task.FromResult(2);
            }
        }

        Console.WriteLine($"matching engine load: {ops:N0} ops, mix 50% new limit / 40% cancel / 10% marketable, {book:N0} resting orders to start");
        var warm = new Driver(book, seed: 1);
        warm.Closed(Math.Min(ops, 1_000_000));

        var closed = new Driver(book, seed: 42);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var elapsed = closed.Closed(ops);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Console.WriteLine($"closed loop: {ops / elapsed.TotalSeconds:N0} ops/s ({elapsed.TotalMilliseconds:N0} ms), " +
                          $"{closed.Trades:N0} trades, {closed.Rejects:N0} cancels of already-filled orders, {closed.Engine.OrderCount:N0} resting at end, {(double)allocated / ops:N2} bytes allocated per op");

        var service = new Driver(book, seed: 9).Timed(ops);
        Report("service time (each op timed, back to back)", service);

        var open = new Driver(book, seed: 7);
        Report($"open loop at {rate:N0} ops/s (from scheduled time)", open.Open(ops, rate));
        return Task.FromResult(0);
    }

    private static void Report(string what, long[] latencies)
    {
        Array.Sort(latencies);
        double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)(p * latencies.Length))] * 1e9 / Stopwatch.Frequency;
        Console.WriteLine($"{what}: p50 {Percentile(0.50):N0} ns, p99 {Percentile(0.99):N0} ns, " +
                          $"p99.9 {Percentile(0.999):N0} ns, max {Percentile(1.0):N0} ns");
    }

    private sealed class Driver : IMatchListener
    {
        private const long Mid = 100_000;
        private readonly int _maxBook;
        private readonly long[] _passiveIds;
        private int _passiveCount;
        private ulong _state;
        private long _nextId = 1;

        public Driver(int prefill, ulong seed)
        {
            _state = seed * 0x9E3779B97F4A7C15UL | 1;
            Engine = new MatchingEngine(this, SelfTradePrevention.CancelResting, initialOrderCapacity: prefill * 4);
            _maxBook = prefill * 2;
            _passiveIds = new long[prefill * 8];
            for (var i = 0; i < prefill; i++) NewPassive();
        }

        public MatchingEngine Engine { get; }
        public long Trades { get; private set; }
        public long Rejects { get; private set; }

        public TimeSpan Closed(int ops)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < ops; i++) Step();
            return watch.Elapsed;
        }

        public long[] Timed(int ops)
        {
            var latencies = new long[ops];
            for (var i = 0; i < ops; i++)
            {
                var begin = Stopwatch.GetTimestamp();
                Step();
                latencies[i] = Stopwatch.GetTimestamp() - begin;
            }
            return latencies;
        }

        public long[] Open(int ops, int rate)
        {
            var latencies = new long[ops];
            var interval = (double)Stopwatch.Frequency / rate;
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < ops; i++)
            {
                var scheduled = start + (long)(i * interval);
                while (Stopwatch.GetTimestamp() < scheduled) { }
                Step();
                latencies[i] = Stopwatch.GetTimestamp() - scheduled;
            }
            return latencies;
        }

        private ulong Next()
        {
            _state ^= _state << 13;
            _state ^= _state >> 7;
            _state ^= _state << 17;
            return _state;
        }

        private void Step()
        {
            var roll = Next() % 100;
            if (roll < 50 && Engine.OrderCount < _maxBook) NewPassive();
            else if (roll < 90) CancelOne();
            else Marketable();
        }

        private void NewPassive()
        {
            var r = Next();
            var side = (r & 1) == 0 ? OrderSide.Buy : OrderSide.Sell;
            // Passive prices sit 1-50 ticks behind the mid, so the book keeps ~100 live levels.
            var offset = 1 + (long)(r >> 8) % 50;
            var price = side == OrderSide.Buy ? Mid - offset : Mid + offset;
            var id = _nextId++;
            Engine.Submit(new BookOrder(id, 1 + (long)(r >> 40) % 1000, side, price, 1 + (long)(r >> 20) % 100));
            if (_passiveCount == _passiveIds.Length) _passiveCount = 0; // forget the oldest ids; cancels of them would mostly miss anyway
            _passiveIds[_passiveCount++] = id;
        }

        private void CancelOne()
        {
            if (_passiveCount == 0) return;
            var slot = (int)(Next() % (ulong)_passiveCount);
            Engine.Cancel(_passiveIds[slot]);
            // Swap-remove so each id is cancelled at most once; ids already filled by marketable orders still miss.
            _passiveIds[slot] = _passiveIds[--_passiveCount];
        }

        private void Marketable()
        {
            var r = Next();
            var side = (r & 1) == 0 ? OrderSide.Buy : OrderSide.Sell;
            var price = side == OrderSide.Buy ? Mid + 5 : Mid - 5;
            Engine.Submit(new BookOrder(_nextId++, 1 + (long)(r >> 40) % 1000, side, price, 1 + (long)(r >> 20) % 200, BookOrderStyle.Ioc));
        }

        public void OnTrade(long tradeId, long takerOrderId, long takerOwnerId, long makerOrderId, long makerOwnerId,
            OrderSide takerSide, long priceTicks, long quantityLots, long makerRemainingLots, long takerRemainingLots) => Trades++;

        public void OnRested(long orderId, long priceTicks, long remainingLots) { }

        public void OnCancelled(long orderId, long remainingLots, BookCancelReason reason) { }

        public void OnRejected(long orderId, BookRejectReason reason) => Rejects++;
    }
}
