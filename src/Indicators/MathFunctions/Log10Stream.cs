using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming LOG10: Vector Log10.</summary>
public sealed class Log10Stream(PriceField source = PriceField.Close)
    : CoreIndicator(new TransformCore(Math.Log10), source);
