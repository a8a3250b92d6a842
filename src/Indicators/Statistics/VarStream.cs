using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming population variance over the window (<c>nbDev</c> accepted and ignored, as in TA-Lib).</summary>
public sealed class VarStream(int timePeriod = 5, double nbDev = 1, PriceField source = PriceField.Close)
    : CoreIndicator(new VarianceCore(Statistics.VarLookback(timePeriod, nbDev) + 1), source);
