using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming average absolute deviation from the window mean (O(period) per update: no running form exists).</summary>
public sealed class AvgDevStream(int timePeriod = 14, PriceField source = PriceField.Close)
    : CoreIndicator(new AverageDeviationCore(Guard.Period(timePeriod, "optInTimePeriod", 2)), source);
