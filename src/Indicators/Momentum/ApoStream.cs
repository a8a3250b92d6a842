using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming absolute price oscillator: fast MA minus slow MA.</summary>
public sealed class ApoStream(int fastPeriod = 12, int slowPeriod = 26, MaType maType = MaType.Sma, PriceField source = PriceField.Close)
    : CoreIndicator(Checked(fastPeriod, slowPeriod, maType), source)
{
    private static PriceOscillatorCore Checked(int fastPeriod, int slowPeriod, MaType maType)
    {
        Momentum.ApoLookback(fastPeriod, slowPeriod, maType);
        return new PriceOscillatorCore(fastPeriod, slowPeriod, maType, false);
    }
}
