using Hive.Indicators.Internal;

namespace Hive.Indicators;

/// <summary>Streaming HT_TRENDLINE: Ehlers' instantaneous trendline.</summary>
public sealed class HtTrendlineStream(PriceField source = PriceField.Close) : HilbertStream(63, 1, false, true, source)
{
    private protected override void Publish(HilbertCycle cycle) => Set(cycle.Trendline);
}
