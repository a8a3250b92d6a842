using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming TEMA (TA-Lib TEMA).</summary>
public sealed class TemaStream(int timePeriod = 30, PriceField source = PriceField.Close)
    : CoreIndicator(new TemaCore(Guard.Period(timePeriod, "optInTimePeriod", 2)), source);
