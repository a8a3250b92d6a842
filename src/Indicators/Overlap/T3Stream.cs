using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming T3 (TA-Lib T3).</summary>
public sealed class T3Stream(int timePeriod = 5, double vFactor = 0.7, PriceField source = PriceField.Close)
    : CoreIndicator(new T3Core(Guard.Period(timePeriod, "optInTimePeriod", 2), Guard.Real(vFactor, "optInVFactor", 0, 1)), source);
