using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming Chaikin accumulation/distribution line.</summary>
public sealed class AdStream() : StreamingIndicator(0, 1)
{
    private double _ad;

    internal static double Flow(in Ohlcv bar)
    {
        var range = bar.High - bar.Low;
        return range > 0.0 ? (((bar.Close - bar.Low) - (bar.High - bar.Close)) / range) * bar.Volume : 0.0;
    }

    protected override void OnBar(in Ohlcv bar)
    {
        _ad += Flow(bar);
        Set(_ad);
    }

    protected override void OnReset() => _ad = 0;
}
