using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming MIDPOINT: (highest + lowest) / 2 of the last <c>timePeriod</c> values.</summary>
public sealed class MidpointStream : RealStreamingIndicator
{
    private readonly WindowExtreme _max;
    private readonly WindowExtreme _min;

    public MidpointStream(int timePeriod = 14, PriceField source = PriceField.Close)
        : base(Overlap.MidpointLookback(timePeriod), 1, source)
    {
        _max = new WindowExtreme(timePeriod, true, false);
        _min = new WindowExtreme(timePeriod, false, false);
    }

    protected override void OnValue(double value)
    {
        _max.Add(value);
        _min.Add(value);
        if (_max.Full) Set((_max.Value + _min.Value) / 2.0);
    }

    protected override void OnReset()
    {
        _max.Reset();
        _min.Reset();
    }
}
