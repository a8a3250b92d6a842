using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming SMA (TA-Lib SMA).</summary>
public sealed class SmaStream(int timePeriod = 30, PriceField source = PriceField.Close)
    : CoreIndicator(new SmaCore(Guard.Period(timePeriod, "optInTimePeriod", 2)), source);
