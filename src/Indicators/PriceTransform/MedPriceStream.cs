using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming median price: (high + low) / 2.</summary>
public sealed class MedPriceStream() : StreamingIndicator(0, 1)
{
    protected override void OnBar(in Ohlcv bar) => Set((bar.High + bar.Low) / 2.0);

    protected override void OnReset() { }
}
