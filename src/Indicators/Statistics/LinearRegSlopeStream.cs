using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming LINEARREG_SLOPE: the least-squares slope per bar.</summary>
public sealed class LinearRegSlopeStream(int timePeriod = 14, PriceField source = PriceField.Close)
    : CoreIndicator(new LinearRegressionCore(Guard.Period(timePeriod, "optInTimePeriod", 2), RegressionOutput.Slope), source);
