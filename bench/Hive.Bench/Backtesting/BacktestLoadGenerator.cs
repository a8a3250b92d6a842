using System.Diagnostics;
using System.Globalization;
using Hive.Core.Backtesting;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Strategies;
using Hive.Data.Samples;
using Hive.Core.Venues;

namespace Hive.Bench.Backtesting;

/// <summary>
/// `dotnet run -c Release --project bench/Hive.Bench -- backtest [--bars N] [--instruments N] [--skip-sweep]`: bars per second
/// of the backtest engine (best of three after a warm-up) for sma-cross on one instrument (S&amp;P 500 daily tiled to N bars),
/// for an equal-weight rebalancer over several instruments, and a parallel sweep with its wall and CPU time.
/// </summary>
public static class BacktestLoadGenerator
{
    public static Task<int> Run(string[] args)
    {
        var bars = 1_000_000;
        var instruments = 20;
        var sweep = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--bars" when i + 1 < args.Length: bars = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--instruments" when i + 1 < args.Length: instruments = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--skip-sweep": sweep = false; break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; use --bars N --instruments N --skip-sweep");
                    return Task.FromResult(2);
            }
        }
        var spx = BacktestBars.Spx();
        var feed = new BacktestFeed(Instrument.Stock("SIM", "SPX"), BacktestBars.Tile(spx, bars));
        var settings = new BacktestSettings { Fees = new FeeSchedule(0m, 0.001m) };
        // Fixed size: with cashFraction a profitable run compounding over 2,700 "years" of tiled days outgrows the bars' volume.
        var parameters = new Dictionary<string, string> { ["fast"] = "10", ["slow"] = "30", ["quantity"] = "100" };
        var engine = new BacktestEngine(settings);

        BacktestResult? single = null;
        var seconds = Best(() => single = engine.Run("sma-cross", parameters, [feed]));
        Console.WriteLine($"sma-cross, 1 instrument, {bars:N0} bars: {bars / seconds / 1e6:F2} M bars/s ({seconds * 1000:F0} ms, {single!.Fills.Count:N0} fills)");

        // The engine's own cost per bar (columns -> decimal bar -> venue -> strategy -> equity point), without any order.
        seconds = Best(() => engine.Run(new IdleStrategy(), "idle", new Dictionary<string, string>(), [feed]));
        Console.WriteLine($"engine alone (a strategy that never trades), {bars:N0} bars: {bars / seconds / 1e6:F2} M bars/s ({seconds * 1000:F0} ms)");

        var perInstrument = bars / instruments;
        var feeds = Enumerable.Range(0, instruments).Select(k =>
        {
            var id = new InstrumentId("SIM", $"S{k:D2}");
            var tiled = BacktestBars.Tile(spx.Slice(k * 50 % (spx.Count - 100), spx.Count - k * 50 % (spx.Count - 100)), perInstrument, id);
            return new BacktestFeed(Instrument.Stock("SIM", id.Symbol), tiled);
        }).ToList();
        var ids = feeds.Select(f => f.Instrument.Id).ToList();
        BacktestResult? portfolio = null;
        seconds = Best(() => portfolio = engine.Run(new EqualWeightRebalancer(ids, 21), "equal-weight", new Dictionary<string, string>(), feeds));
        Console.WriteLine($"equal-weight rebalancer, {instruments} instruments x {perInstrument:N0} bars = {perInstrument * instruments:N0} bars: " +
            $"{perInstrument * instruments / seconds / 1e6:F2} M bars/s ({seconds * 1000:F0} ms, {portfolio!.Fills.Count:N0} fills)");

        if (sweep)
        {
            var grid = ParameterGrid.Parse(["fast=5..20:5", "slow=30,50,100,200"]);
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var rows = SweepRunner.Run("sma-cross", new Dictionary<string, string> { ["quantity"] = "100" }, grid, [feed], settings);
            clock.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var wall = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"sweep of {rows.Count} sma-cross runs x {bars:N0} bars on {Environment.ProcessorCount} cores: wall {wall:F2} s, CPU {cpu:F2} s " +
                $"(CPU/wall {cpu / wall:F2}), {rows.Count * (double)bars / wall / 1e6:F2} M bars/s in total");
        }
        return Task.FromResult(0);
    }

    private static double Best(Action run)
    {
        run();
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            run();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return best;
    }
}

/// <summary>Receives every bar and never trades: measures the engine without strategy or order costs.</summary>
internal sealed class IdleStrategy : IStrategy
{
    public void OnBar(IStrategyContext context, Bar bar) { }
}
