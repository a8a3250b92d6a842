using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming TRIMA (TA-Lib TRIMA).</summary>
public sealed class TrimaStream(int timePeriod = 30, PriceField source = PriceField.Close)
    : CoreIndicator(new TrimaCore(Guard.Period(timePeriod, "optInTimePeriod", 2)), source);
