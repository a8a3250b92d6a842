using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming FLOOR: Vector Floor.</summary>
public sealed class FloorStream(PriceField source = PriceField.Close)
    : CoreIndicator(new TransformCore(Math.Floor), source);
