using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming momentum: today minus <c>timePeriod</c> bars ago.</summary>
public sealed class MomStream(int timePeriod = 10, PriceField source = PriceField.Close)
    : CoreIndicator(new ChangeCore(Guard.Period(timePeriod, "optInTimePeriod", 1), ChangeKind.Momentum), source);
