using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming MACDEXT: MACD with a moving-average type for each of fast, slow and signal.</summary>
public sealed class MacdExtStream(int fastPeriod = 12, MaType fastMaType = MaType.Sma, int slowPeriod = 26, MaType slowMaType = MaType.Sma,
    int signalPeriod = 9, MaType signalMaType = MaType.Sma, PriceField source = PriceField.Close)
    : MacdStreamBase(Engine(fastPeriod, fastMaType, slowPeriod, slowMaType, signalPeriod, signalMaType),
        Momentum.MacdExtLookback(fastPeriod, fastMaType, slowPeriod, slowMaType, signalPeriod, signalMaType), source)
{
    private static MacdEngine Engine(int fastPeriod, MaType fastMaType, int slowPeriod, MaType slowMaType, int signalPeriod, MaType signalMaType)
    {
        Momentum.MacdExtLookback(fastPeriod, fastMaType, slowPeriod, slowMaType, signalPeriod, signalMaType);
        if (slowPeriod < fastPeriod)
        {
            (fastPeriod, slowPeriod) = (slowPeriod, fastPeriod);
            (fastMaType, slowMaType) = (slowMaType, fastMaType);
        }
        return new MacdEngine(MovingAverage.Create(fastMaType, fastPeriod), MovingAverage.Create(slowMaType, slowPeriod), MovingAverage.Create(signalMaType, signalPeriod));
    }
}
