using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming ASIN: Vector Trigonometric ASin.</summary>
public sealed class AsinStream(PriceField source = PriceField.Close)
    : CoreIndicator(new TransformCore(Math.Asin), source);
