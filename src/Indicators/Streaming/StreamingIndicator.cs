namespace Hive.Indicators.Streaming;

/// <summary>
/// Shared bookkeeping for every streaming indicator: the bar count, readiness against the lookback and
/// the current output values. Outputs read as NaN until the lookback has been consumed, which is exactly
/// what the batch functions write before their first valid index.
/// </summary>
public abstract class StreamingIndicator : IStreamingIndicator
{
    private readonly double[] _values;

    protected StreamingIndicator(int lookback, int outputCount)
    {
        Lookback = lookback;
        _values = new double[outputCount];
        Array.Fill(_values, double.NaN);
    }

    public int Lookback { get; }

    /// <summary>Bars consumed since construction or the last <see cref="Reset"/>.</summary>
    public long BarCount { get; private set; }

    public bool IsReady => BarCount > Lookback;

    public int OutputCount => _values.Length;

    public double this[int output] => IsReady ? _values[output] : double.NaN;

    public bool Update(in Ohlcv bar)
    {
        OnBar(bar);
        return Commit();
    }

    public void Reset()
    {
        BarCount = 0;
        Array.Fill(_values, double.NaN);
        OnReset();
    }

    protected abstract void OnBar(in Ohlcv bar);

    protected abstract void OnReset();

    protected void Set(double value) => _values[0] = value;

    protected void Set(int output, double value) => _values[output] = value;

    /// <summary>Counts the bar just processed; subclasses with their own Update overloads call it.</summary>
    protected bool Commit()
    {
        BarCount++;
        return IsReady;
    }

    internal static double Field(in Ohlcv bar, PriceField field) => field switch
    {
        PriceField.Open => bar.Open,
        PriceField.High => bar.High,
        PriceField.Low => bar.Low,
        PriceField.Close => bar.Close,
        _ => bar.Volume,
    };
}
