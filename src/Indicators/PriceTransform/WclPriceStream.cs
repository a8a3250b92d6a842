using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming weighted close price: (high + low + 2 × close) / 4.</summary>
public sealed class WclPriceStream() : StreamingIndicator(0, 1)
{
    protected override void OnBar(in Ohlcv bar) => Set((bar.High + bar.Low + (bar.Close * 2.0)) / 4.0);

    protected override void OnReset() { }
}
