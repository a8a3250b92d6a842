using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming rate of change in percent: ((price/prevPrice)-1)*100.</summary>
public sealed class RocStream(int timePeriod = 10, PriceField source = PriceField.Close)
    : CoreIndicator(new ChangeCore(Guard.Period(timePeriod, "optInTimePeriod", 1), ChangeKind.Percent), source);
