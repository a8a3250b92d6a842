using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming time series forecast: the least-squares line extended one bar past today.</summary>
public sealed class TsfStream(int timePeriod = 14, PriceField source = PriceField.Close)
    : CoreIndicator(new LinearRegressionCore(Guard.Period(timePeriod, "optInTimePeriod", 2), RegressionOutput.Forecast), source);
