using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming KAMA (TA-Lib KAMA).</summary>
public sealed class KamaStream(int timePeriod = 30, PriceField source = PriceField.Close)
    : CoreIndicator(new KamaCore(Guard.Period(timePeriod, "optInTimePeriod", 2)), source);
