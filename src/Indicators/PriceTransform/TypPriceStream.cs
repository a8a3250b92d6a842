using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming typical price: (high + low + close) / 3.</summary>
public sealed class TypPriceStream() : StreamingIndicator(0, 1)
{
    protected override void OnBar(in Ohlcv bar) => Set((bar.High + bar.Low + bar.Close) / 3.0);

    protected override void OnReset() { }
}
