using System.Diagnostics;
using System.Globalization;
using Hive.Core.Algos;
using Hive.Core.Backtesting;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Orders;
using Hive.Core.Venues;

namespace Hive.Bench.Algos;

/// <summary>
/// `dotnet run -c Release --project bench/Hive.Bench -- execution [--runs N] [--days N]`: what `hive execution simulate`
/// costs over a year of one-minute bars (525,600 bars of a crypto pair, which trades every minute), per algorithm: a
/// parent whose window is the whole year after a 30-day history, through the backtest engine's paper venue with a
/// 10 bps taker fee and a 10% volume cap. Runs per second is the best of N runs after a warm-up. The bars are a
/// seeded random walk with a U-shaped daily volume curve, so the same figures come back on the same machine.
/// </summary>
public static class ExecutionLoadGenerator
{
    private static readonly (string Algo, decimal Quantity, Dictionary<string, string> Parameters)[] Runs =
    [
        ("twap", 1_000m, new() { ["slices"] = "1000" }),
        ("vwap", 1_000m, new()),
        ("pov", 1_000m, new() { ["participation"] = "0.01" }),
        ("iceberg", 1_000m, new() { ["display"] = "1" }),
        ("is", 1_000m, new() { ["risk-aversion"] = "0.0001", ["slices"] = "1000" }),
    ];

    public static Task<int> Run(string[] args)
    {
        var runs = 3;
        var days = 365;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs" when i + 1 < args.Length: runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--days" when i + 1 < args.Length: days = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; use --runs N --days N");
                    return Task.FromResult(2);
            }
        }
        var instrument = Instrument.Crypto("SIMX", "BTC", "USDT", 0.01m, 0.001m);
        var first = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var feed = new BacktestFeed(instrument, Walk(instrument, first, (days + 30) * 1440, seed: 1));
        var (start, end) = (first.AddDays(30), first.AddDays(30 + days).AddMinutes(-1));
        var settings = new BacktestSettings { Fees = new FeeSchedule(0.001m, 0.001m), MaxVolumeShare = 0.1m };
        Console.WriteLine($"execution simulate over {days} days of 1-minute bars ({days * 1440:N0} bars in the window, 30 days of history), best of {runs}:");
        foreach (var (algo, quantity, parameters) in Runs)
        {
            var result = ExecutionSimulator.Run(algo, OrderSide.Buy, quantity, start, end, parameters, feed, settings).Result;
            var best = double.MaxValue;
            for (var run = 0; run < runs; run++)
            {
                var clock = Stopwatch.StartNew();
                ExecutionSimulator.Run(algo, OrderSide.Buy, quantity, start, end, parameters, feed, settings);
                best = Math.Min(best, clock.Elapsed.TotalSeconds);
            }
            Console.WriteLine($"  {algo,-8} {1 / best,8:F2} runs/s ({best * 1000:F0} ms; {result.Children.Count:N0} children, filled {result.FilledQuantity:N3})");
        }
        return Task.FromResult(0);
    }

    /// <summary>A random walk of minute closes (0.05% a minute) with volume higher at the ends of each UTC day.</summary>
    private static BarSeries Walk(Instrument instrument, DateTime first, int count, int seed)
    {
        var random = new Random(seed);
        var series = BarSeries.Allocate(instrument.Id, BarInterval.OneMinute, count, count);
        var price = 20_000.0;
        for (var i = 0; i < count; i++)
        {
            var open = price;
            price = Math.Round(price * (1 + (random.NextDouble() - 0.5) * 0.001), 2);
            var minute = i % 1440;
            var shape = 1 + 2 * Math.Pow((minute - 720) / 720.0, 2);
            series.Times[i] = BarSeries.ToUnixMs(first.AddMinutes(i));
            (series.Open[i], series.High[i], series.Low[i], series.Close[i]) = (open, Math.Max(open, price) + 0.5, Math.Min(open, price) - 0.5, price);
            series.Volume[i] = Math.Round(shape * (0.5 + random.NextDouble()), 3);
        }
        return series;
    }
}
