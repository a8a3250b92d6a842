using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming DEMA (TA-Lib DEMA).</summary>
public sealed class DemaStream(int timePeriod = 30, PriceField source = PriceField.Close)
    : CoreIndicator(new DemaCore(Guard.Period(timePeriod, "optInTimePeriod", 2)), source);
