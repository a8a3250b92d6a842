using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming SUM over the window (running total, trailing value removed after each output).</summary>
public sealed class SumStream(int timePeriod = 30, PriceField source = PriceField.Close)
    : CoreIndicator(new SumCore(Guard.Period(timePeriod, "optInTimePeriod", 1)), source);
