using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming TANH: Vector Trigonometric Tanh.</summary>
public sealed class TanhStream(PriceField source = PriceField.Close)
    : CoreIndicator(new TransformCore(Math.Tanh), source);
