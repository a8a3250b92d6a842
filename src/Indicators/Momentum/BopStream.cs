using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming balance of power: (close - open) / (high - low), 0 for a bar without range.</summary>
public sealed class BopStream() : StreamingIndicator(0, 1)
{
    protected override void OnBar(in Ohlcv bar)
    {
        var range = bar.High - bar.Low;
        Set(Numerics.IsZeroOrNegative(range) ? 0.0 : (bar.Close - bar.Open) / range);
    }

    protected override void OnReset() { }
}
