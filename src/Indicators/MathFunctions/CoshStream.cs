using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming COSH: Vector Trigonometric Cosh.</summary>
public sealed class CoshStream(PriceField source = PriceField.Close)
    : CoreIndicator(new TransformCore(Math.Cosh), source);
