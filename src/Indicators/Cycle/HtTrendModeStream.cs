using Hive.Indicators.Internal;

namespace Hive.Indicators;

/// <summary>Streaming HT_TRENDMODE: 1 while the market trends, 0 while it cycles.</summary>
public sealed class HtTrendModeStream(PriceField source = PriceField.Close) : HilbertStream(63, 1, true, true, source)
{
    private protected override void Publish(HilbertCycle cycle) => Set(cycle.TrendMode);
}
