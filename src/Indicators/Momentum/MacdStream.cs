using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming MACD (EMAs; the fast one is seeded late so both are ready together, as in TA-Lib).</summary>
public sealed class MacdStream(int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9, PriceField source = PriceField.Close)
    : MacdStreamBase(
        Emas(fastPeriod, 2.0 / (fastPeriod + 1), slowPeriod, 2.0 / (slowPeriod + 1), signalPeriod),
        Momentum.MacdLookback(fastPeriod, slowPeriod, signalPeriod),
        source);
