using System.Diagnostics;
using System.Globalization;
using Hive.Indicators;
using Hive.Indicators.Registry;

namespace Hive.Bench.Indicators;

/// <summary>
/// `dotnet run -c Release --project bench/Hive.Bench -- indicators [--bars N] [--filter NAME,NAME] [--candles]`: a quick
/// Stopwatch summary (not BenchmarkDotNet) of every TA-Lib function, batch ns/bar and streaming ns/update, best of
/// three runs after a warm-up, with the geometric means. Candlestick patterns are left out unless asked for.
/// </summary>
public static class IndicatorLoadGenerator
{
    public static Task<int> Run(string[] args)
    {
        var bars = 1_000_000;
        string[]? filter = null;
        var candles = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--bars" when i + 1 < args.Length: bars = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--filter" when i + 1 < args.Length: filter = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries); break;
                case "--candles": candles = true; break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; use --bars N --filter SMA,RSI --candles");
                    return Task.FromResult(2);
            }
        }
        var series = IndicatorBenchData.Tiled(bars);
        var ohlcv = IndicatorBenchData.Bars(series);
        var definitions = IndicatorRegistry.All
            .Where(d => candles || d.Group != IndicatorRegistry.PatternRecognition)
            .Where(d => filter is null || filter.Contains(d.Name, StringComparer.OrdinalIgnoreCase))
            .ToArray();
        Console.WriteLine($"{definitions.Length} functions, {bars:N0} bars (S&P 500 daily tiled), default parameters");
        Console.WriteLine($"{"function",-20} {"batch ns/bar",12} {"stream ns/upd",14}");
        double logBatch = 0, logStream = 0;
        foreach (var d in definitions)
        {
            var parameters = d.Resolve(null);
            var real = d.Outputs.Select(o => o.IsInteger ? null : new double[bars]).ToArray();
            var integer = d.Outputs.Select(o => o.IsInteger ? new int[bars] : null).ToArray();
            var batch = Best(() => d.ComputeInto(parameters, series, null, real, integer)) / bars;
            var stream = Best(() =>
            {
                var s = d.CreateStream();
                for (var i = 0; i < ohlcv.Length; i++) s.Update(ohlcv[i]);
            }) / bars;
            logBatch += Math.Log(batch);
            logStream += Math.Log(stream);
            Console.WriteLine($"{d.Name,-20} {batch,12:F2} {stream,14:F2}");
        }
        Console.WriteLine($"{"geometric mean",-20} {Math.Exp(logBatch / definitions.Length),12:F2} {Math.Exp(logStream / definitions.Length),14:F2}");
        return Task.FromResult(0);
    }

    private static double Best(Action action)
    {
        action();
        var best = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalNanoseconds);
        }
        return best;
    }
}
