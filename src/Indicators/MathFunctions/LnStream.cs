using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming LN: Vector Log Natural.</summary>
public sealed class LnStream(PriceField source = PriceField.Close)
    : CoreIndicator(new TransformCore(Math.Log), source);
