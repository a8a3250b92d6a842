using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming rate of change ratio on a 100 scale: (price/prevPrice)*100.</summary>
public sealed class Rocr100Stream(int timePeriod = 10, PriceField source = PriceField.Close)
    : CoreIndicator(new ChangeCore(Guard.Period(timePeriod, "optInTimePeriod", 1), ChangeKind.Ratio100), source);
