using Hive.Indicators.Internal;

namespace Hive.Indicators;

/// <summary>Streaming HT_DCPERIOD: the smoothed dominant cycle period.</summary>
public sealed class HtDcPeriodStream(PriceField source = PriceField.Close) : HilbertStream(32, 1, false, false, source)
{
    private protected override void Publish(HilbertCycle cycle) => Set(cycle.SmoothPeriod);
}
