using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming average price: (open + high + low + close) / 4.</summary>
public sealed class AvgPriceStream() : StreamingIndicator(0, 1)
{
    protected override void OnBar(in Ohlcv bar) => Set((bar.Open + bar.High + bar.Low + bar.Close) / 4.0);

    protected override void OnReset() { }
}
