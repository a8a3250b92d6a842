using Hive.Indicators.Internal;

namespace Hive.Indicators;

/// <summary>Streaming HT_DCPHASE: the dominant cycle phase in degrees.</summary>
public sealed class HtDcPhaseStream(PriceField source = PriceField.Close) : HilbertStream(63, 1, true, false, source)
{
    private protected override void Publish(HilbertCycle cycle) => Set(cycle.DcPhase);
}
