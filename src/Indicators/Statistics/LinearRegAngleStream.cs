using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming LINEARREG_ANGLE: the least-squares slope as an angle in degrees.</summary>
public sealed class LinearRegAngleStream(int timePeriod = 14, PriceField source = PriceField.Close)
    : CoreIndicator(new LinearRegressionCore(Guard.Period(timePeriod, "optInTimePeriod", 2), RegressionOutput.Angle), source);
