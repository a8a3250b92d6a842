using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming MIDPRICE: (highest high + lowest low) / 2 over <c>timePeriod</c> bars.</summary>
public sealed class MidpriceStream : StreamingIndicator
{
    private readonly WindowExtreme _max;
    private readonly WindowExtreme _min;

    public MidpriceStream(int timePeriod = 14)
        : base(Overlap.MidpriceLookback(timePeriod), 1)
    {
        _max = new WindowExtreme(timePeriod, true, false);
        _min = new WindowExtreme(timePeriod, false, false);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        _max.Add(bar.High);
        _min.Add(bar.Low);
        if (_max.Full) Set((_max.Value + _min.Value) / 2.0);
    }

    protected override void OnReset()
    {
        _max.Reset();
        _min.Reset();
    }
}
