using BenchmarkDotNet.Attributes;
using Hive.Indicators;
using Hive.Indicators.Registry;
using Hive.Indicators.Streaming;

namespace Hive.Bench.Indicators;

/// <summary>
/// Every non-candlestick TA-Lib function: batch over 1,000,000 bars (ns/bar) and streaming updates (ns/update).
/// Run with <c>--filter *IndicatorBench*</c>; add <c>--inProcess</c> when the out-of-process build of the whole
/// solution would exceed BenchmarkDotNet's build timeout. The quick summary for every function is the
/// <c>indicators</c> load generator.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class IndicatorBench
{
    private const int Bars = 1_000_000;

    private PriceSeries _series = null!;
    private Ohlcv[] _bars = [];
    private IndicatorDefinition _definition = null!;
    private double[] _parameters = [];
    private double[]?[] _real = [];
    private int[]?[] _integer = [];

    [Params("SMA", "RSI", "MACD", "ATR", "HT_SINE")]
    public string Function { get; set; } = "SMA";

    [GlobalSetup]
    public void Setup()
    {
        _series = IndicatorBenchData.Tiled(Bars);
        _bars = IndicatorBenchData.Bars(_series);
        _definition = IndicatorRegistry.Find(Function)!;
        _parameters = _definition.Resolve(null);
        _real = _definition.Outputs.Select(o => o.IsInteger ? null : new double[Bars]).ToArray();
        _integer = _definition.Outputs.Select(o => o.IsInteger ? new int[Bars] : null).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Bars)]
    public int Batch() => _definition.ComputeInto(_parameters, _series, null, _real, _integer);

    [Benchmark(OperationsPerInvoke = Bars)]
    public double Stream()
    {
        var stream = _definition.CreateStream();
        var sum = 0.0;
        var bars = _bars;
        for (var i = 0; i < bars.Length; i++)
        {
            stream.Update(bars[i]);
            sum += stream[0];
        }
        return sum;
    }
}
