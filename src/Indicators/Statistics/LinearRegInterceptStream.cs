using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming LINEARREG_INTERCEPT: the least-squares line's value at the window's first bar.</summary>
public sealed class LinearRegInterceptStream(int timePeriod = 14, PriceField source = PriceField.Close)
    : CoreIndicator(new LinearRegressionCore(Guard.Period(timePeriod, "optInTimePeriod", 2), RegressionOutput.Intercept), source);
