using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming ATAN: Vector Trigonometric ATan.</summary>
public sealed class AtanStream(PriceField source = PriceField.Close)
    : CoreIndicator(new TransformCore(Math.Atan), source);
