namespace Hive.Indicators.Streaming;

/// <summary>A streaming indicator over one real series (TA-Lib's <c>inReal</c>); fed bars it reads <see cref="Source"/>.</summary>
public abstract class RealStreamingIndicator : StreamingIndicator
{
    protected RealStreamingIndicator(int lookback, int outputCount, PriceField source)
        : base(lookback, outputCount)
    {
        Source = source;
    }

    public PriceField Source { get; }

    /// <summary>Feeds one value of the real series; returns <see cref="IStreamingIndicator.IsReady"/>.</summary>
    public bool Update(double value)
    {
        OnValue(value);
        return Commit();
    }

    protected sealed override void OnBar(in Ohlcv bar) => OnValue(Field(bar, Source));

    protected abstract void OnValue(double value);
}
