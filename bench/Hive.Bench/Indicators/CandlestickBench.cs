using BenchmarkDotNet.Attributes;
using Hive.Indicators;
using Hive.Indicators.Candlestick;

namespace Hive.Bench.Indicators;

/// <summary>
/// Candlestick patterns over 1,000,000 synthetic daily bars: batch cost per bar and streaming cost per update.
/// Results are per bar because each invocation is declared as <see cref="Bars"/> operations.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class CandlestickBench
{
    private const int Bars = 1_000_000;

    private double[] _open = [];
    private double[] _high = [];
    private double[] _low = [];
    private double[] _close = [];
    private int[] _output = [];
    private Ohlcv[] _bars = [];
    private CandlestickFunction _function = null!;

    [Params("CDLDOJI", "CDLENGULFING", "CDLHAMMER", "CDLMORNINGSTAR", "CDL3WHITESOLDIERS", "CDLHIKKAKE")]
    public string Pattern { get; set; } = "CDLDOJI";

    [GlobalSetup]
    public void Setup()
    {
        _function = CandlestickCatalog.Find(Pattern)!;
        var random = new Random(42);
        _open = new double[Bars];
        _high = new double[Bars];
        _low = new double[Bars];
        _close = new double[Bars];
        _output = new int[Bars];
        _bars = new Ohlcv[Bars];
        var price = 1000.0;
        for (var i = 0; i < Bars; i++)
        {
            var open = price * (1 + (random.NextDouble() - 0.5) * 0.01);
            var close = open * (1 + (random.NextDouble() - 0.5) * 0.03);
            var high = Math.Max(open, close) * (1 + random.NextDouble() * 0.01);
            var low = Math.Min(open, close) * (1 - random.NextDouble() * 0.01);
            (_open[i], _high[i], _low[i], _close[i]) = (open, high, low, close);
            _bars[i] = new Ohlcv(open, high, low, close, 0);
            price = close;
        }
    }

    [Benchmark(OperationsPerInvoke = Bars)]
    public int Batch() =>
        _function.Compute(_open, _high, _low, _close, _output, _function.DefaultPenetration ?? 0);

    [Benchmark(OperationsPerInvoke = Bars)]
    public double Stream()
    {
        var stream = _function.CreateStream(_function.DefaultPenetration ?? 0);
        var sum = 0.0;
        foreach (var bar in _bars)
        {
            if (stream.Update(bar))
                sum += stream[0];
        }

        return sum;
    }
}
