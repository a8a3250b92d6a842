using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming LINEARREG: the least-squares line's value at today.</summary>
public sealed class LinearRegStream(int timePeriod = 14, PriceField source = PriceField.Close)
    : CoreIndicator(new LinearRegressionCore(Guard.Period(timePeriod, "optInTimePeriod", 2), RegressionOutput.Value), source);
