using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming acceleration bands: SMAs of the widened high, of close and of the widened low.</summary>
public sealed class AccbandsStream : StreamingIndicator
{
    private readonly SmaCore _upper;
    private readonly SmaCore _middle;
    private readonly SmaCore _lower;

    public AccbandsStream(int timePeriod = 20)
        : base(Overlap.AccbandsLookback(timePeriod), 3)
    {
        _upper = new SmaCore(timePeriod);
        _middle = new SmaCore(timePeriod);
        _lower = new SmaCore(timePeriod);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        var sum = bar.High + bar.Low;
        double upper = bar.High, lower = bar.Low;
        if (!Numerics.IsZero(sum))
        {
            var width = 4.0 * (bar.High - bar.Low) / sum;
            upper = bar.High * (1.0 + width);
            lower = bar.Low * (1.0 - width);
        }
        _upper.Add(upper);
        _middle.Add(bar.Close);
        _lower.Add(lower);
        if (!_middle.Ready) return;
        Set(0, _upper.Value);
        Set(1, _middle.Value);
        Set(2, _lower.Value);
    }

    protected override void OnReset()
    {
        _upper.Reset();
        _middle.Reset();
        _lower.Reset();
    }
}
