using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming MA of any <see cref="MaType"/> (TA-Lib MA).</summary>
public sealed class MaStream(int timePeriod = 30, MaType maType = MaType.Sma, PriceField source = PriceField.Close)
    : CoreIndicator(MovingAverage.Create(Guard.Ma(maType, "optInMAType"), Guard.Period(timePeriod, "optInTimePeriod", 1)), source);
