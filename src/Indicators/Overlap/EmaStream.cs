using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming EMA (TA-Lib EMA, SMA-seeded).</summary>
public sealed class EmaStream(int timePeriod = 30, PriceField source = PriceField.Close)
    : CoreIndicator(new EmaCore(Guard.Period(timePeriod, "optInTimePeriod", 2)), source);
