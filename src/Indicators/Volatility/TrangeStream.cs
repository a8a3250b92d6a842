using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming true range (needs the previous close, so the first bar has no value).</summary>
public sealed class TrangeStream() : StreamingIndicator(1, 1)
{
    private double _prevClose;

    protected override void OnBar(in Ohlcv bar)
    {
        if (BarCount > 0) Set(DirectionalMovement.Range(bar.High, bar.Low, _prevClose));
        _prevClose = bar.Close;
    }

    protected override void OnReset() => _prevClose = 0;
}
