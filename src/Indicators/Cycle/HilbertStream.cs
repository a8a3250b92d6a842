using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Shared shape of the HT_* streams: one Hilbert cycle measurement, outputs read from it.</summary>
public abstract class HilbertStream : RealStreamingIndicator
{
    private readonly HilbertCycle _cycle;

    private protected HilbertStream(int lookback, int outputs, bool phase, bool trend, PriceField source)
        : base(lookback, outputs, source)
    {
        _cycle = new HilbertCycle(lookback == 32 ? 12 : 37, phase, trend);
    }

    protected override void OnValue(double value)
    {
        if (_cycle.Add(value, BarCount)) Publish(_cycle);
    }

    private protected abstract void Publish(HilbertCycle cycle);

    protected override void OnReset() => _cycle.Reset();
}
