using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming ACOS: Vector Trigonometric ACos.</summary>
public sealed class AcosStream(PriceField source = PriceField.Close)
    : CoreIndicator(new TransformCore(Math.Acos), source);
