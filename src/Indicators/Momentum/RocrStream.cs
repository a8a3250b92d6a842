using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming rate of change ratio: price/prevPrice.</summary>
public sealed class RocrStream(int timePeriod = 10, PriceField source = PriceField.Close)
    : CoreIndicator(new ChangeCore(Guard.Period(timePeriod, "optInTimePeriod", 1), ChangeKind.Ratio), source);
