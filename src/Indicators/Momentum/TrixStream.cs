using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming TRIX: 1-bar percent change of a triple-smoothed EMA.</summary>
public sealed class TrixStream(int timePeriod = 30, PriceField source = PriceField.Close)
    : CoreIndicator(new TrixCore(Guard.Period(timePeriod, "optInTimePeriod", 1)), source);
