using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming percentage price oscillator: (fast MA - slow MA) / slow MA * 100.</summary>
public sealed class PpoStream(int fastPeriod = 12, int slowPeriod = 26, MaType maType = MaType.Sma, PriceField source = PriceField.Close)
    : CoreIndicator(Checked(fastPeriod, slowPeriod, maType), source)
{
    private static PriceOscillatorCore Checked(int fastPeriod, int slowPeriod, MaType maType)
    {
        Momentum.PpoLookback(fastPeriod, slowPeriod, maType);
        return new PriceOscillatorCore(fastPeriod, slowPeriod, maType, true);
    }
}
