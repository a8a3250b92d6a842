using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming SQRT: Vector Square Root.</summary>
public sealed class SqrtStream(PriceField source = PriceField.Close)
    : CoreIndicator(new TransformCore(Math.Sqrt), source);
