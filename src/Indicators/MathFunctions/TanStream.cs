using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming TAN: Vector Trigonometric Tan.</summary>
public sealed class TanStream(PriceField source = PriceField.Close)
    : CoreIndicator(new TransformCore(Math.Tan), source);
