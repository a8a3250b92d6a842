using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming RSI (Wilder smoothing, TA-Lib seeding).</summary>
public sealed class RsiStream(int timePeriod = 14, PriceField source = PriceField.Close)
    : CoreIndicator(new RsiCore(Guard.Period(timePeriod, "optInTimePeriod", 2), false), source);
