namespace Hive.Indicators.Internal;

/// <summary>The highest high and lowest low of the last <c>period + 1</c> bars, with their bar indices
/// (TA-Lib's tie rules), shared by Aroon and the Aroon oscillator.</summary>
internal sealed class AroonWindow(int period)
{
    private readonly WindowExtreme _highest = new(period + 1, true, true);
    private readonly WindowExtreme _lowest = new(period + 1, false, true);

    public long HighIndex => _highest.Index;

    public long LowIndex => _lowest.Index;

    /// <summary>Adds a bar; true once the window is full.</summary>
    public bool Add(in Ohlcv bar)
    {
        _highest.Add(bar.High);
        _lowest.Add(bar.Low);
        return _highest.Full;
    }

    public void Reset()
    {
        _highest.Reset();
        _lowest.Reset();
    }
}
