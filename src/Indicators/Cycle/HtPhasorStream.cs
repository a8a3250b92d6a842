using Hive.Indicators.Internal;

namespace Hive.Indicators;

/// <summary>Streaming HT_PHASOR: outputs the in-phase and quadrature components.</summary>
public sealed class HtPhasorStream(PriceField source = PriceField.Close) : HilbertStream(32, 2, false, false, source)
{
    private protected override void Publish(HilbertCycle cycle)
    {
        Set(0, cycle.InPhase);
        Set(1, cycle.Quadrature);
    }
}
