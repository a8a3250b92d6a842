using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming SIN: Vector Trigonometric Sin.</summary>
public sealed class SinStream(PriceField source = PriceField.Close)
    : CoreIndicator(new TransformCore(Math.Sin), source);
