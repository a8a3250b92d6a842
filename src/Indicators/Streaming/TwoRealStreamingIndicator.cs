namespace Hive.Indicators.Streaming;

/// <summary>
/// A streaming indicator over two real series (TA-Lib's <c>inReal0</c>, <c>inReal1</c>). Fed bars it reads
/// close as real0 and open as real1 unless told otherwise.
/// </summary>
public abstract class TwoRealStreamingIndicator : StreamingIndicator
{
    protected TwoRealStreamingIndicator(int lookback, int outputCount, PriceField source0, PriceField source1)
        : base(lookback, outputCount)
    {
        Source0 = source0;
        Source1 = source1;
    }

    public PriceField Source0 { get; }

    public PriceField Source1 { get; }

    /// <summary>Feeds one value of each series; returns <see cref="IStreamingIndicator.IsReady"/>.</summary>
    public bool Update(double real0, double real1)
    {
        OnValues(real0, real1);
        return Commit();
    }

    protected sealed override void OnBar(in Ohlcv bar) => OnValues(Field(bar, Source0), Field(bar, Source1));

    protected abstract void OnValues(double real0, double real1);
}
