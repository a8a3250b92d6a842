using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming CEIL: Vector Ceil.</summary>
public sealed class CeilStream(PriceField source = PriceField.Close)
    : CoreIndicator(new TransformCore(Math.Ceiling), source);
