using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming Chande momentum oscillator (TA-Lib smooths gains and losses like RSI).</summary>
public sealed class CmoStream(int timePeriod = 14, PriceField source = PriceField.Close)
    : CoreIndicator(new RsiCore(Guard.Period(timePeriod, "optInTimePeriod", 2), true), source);
