using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming COS: Vector Trigonometric Cos.</summary>
public sealed class CosStream(PriceField source = PriceField.Close)
    : CoreIndicator(new TransformCore(Math.Cos), source);
