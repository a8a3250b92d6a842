using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming MACDFIX: MACD 12/26 with TA-Lib's fixed smoothing factors 0.15 and 0.075.</summary>
public sealed class MacdFixStream(int signalPeriod = 9, PriceField source = PriceField.Close)
    : MacdStreamBase(Emas(12, 0.15, 26, 0.075, signalPeriod), Momentum.MacdFixLookback(signalPeriod), source);
