namespace Hive.Indicators.Candlestick;

/// <summary>
/// The streaming form of one pattern: O(1) per bar (a small ring of recent bars and one rolling total per
/// average), giving after each bar exactly what the batch function gives at that index.
/// </summary>
internal sealed class CandlestickStream : IStreamingIndicator
{
    private readonly CandlePattern _pattern;
    private readonly CandleWindow _window;
    private readonly double _penetration;
    private readonly int _firstEvaluated;
    private double _value = double.NaN;

    public CandlestickStream(CandlePattern pattern, CandleSettings settings, double penetration)
    {
        _pattern = pattern;
        _penetration = CandlestickRunner.ResolvePenetration(pattern, penetration);
        _window = new CandleWindow(pattern, settings);
        Lookback = pattern.Lookback(settings);
        _firstEvaluated = Math.Max(0, Lookback - pattern.WarmupBars);
    }

    public int Lookback { get; }

    public bool IsReady => _window.BarIndex >= Lookback;

    public int OutputCount => 1;

    public double this[int output] => output == 0
        ? _value
        : throw new ArgumentOutOfRangeException(nameof(output), output, $"{_pattern.Name} has a single output (index 0).");

    public bool Update(in Ohlcv bar)
    {
        CandlestickRunner.RequireFinite(bar, nameof(bar), _window.BarIndex + 1);
        _window.Push(bar.Open, bar.High, bar.Low, bar.Close);
        var index = _window.BarIndex;
        if (index >= _firstEvaluated)
        {
            var result = _pattern.Evaluate(_window, _penetration);
            if (index >= Lookback)
            {
                _value = result;
                return true;
            }
        }

        return false;
    }

    public void Reset()
    {
        _window.Clear();
        _value = double.NaN;
    }
}
