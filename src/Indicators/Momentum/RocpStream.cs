using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming rate of change as a fraction: (price-prevPrice)/prevPrice.</summary>
public sealed class RocpStream(int timePeriod = 10, PriceField source = PriceField.Close)
    : CoreIndicator(new ChangeCore(Guard.Period(timePeriod, "optInTimePeriod", 1), ChangeKind.Fraction), source);
