using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming SINH: Vector Trigonometric Sinh.</summary>
public sealed class SinhStream(PriceField source = PriceField.Close)
    : CoreIndicator(new TransformCore(Math.Sinh), source);
