using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming WMA (TA-Lib WMA).</summary>
public sealed class WmaStream(int timePeriod = 30, PriceField source = PriceField.Close)
    : CoreIndicator(new WmaCore(Guard.Period(timePeriod, "optInTimePeriod", 2)), source);
