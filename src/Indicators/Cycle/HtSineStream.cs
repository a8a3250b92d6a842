using Hive.Indicators.Internal;

namespace Hive.Indicators;

/// <summary>Streaming HT_SINE: outputs the sine of the cycle phase and the 45°-lead sine.</summary>
public sealed class HtSineStream(PriceField source = PriceField.Close) : HilbertStream(63, 2, true, false, source)
{
    private protected override void Publish(HilbertCycle cycle)
    {
        Set(0, cycle.Sine);
        Set(1, cycle.LeadSine);
    }
}
