using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming EXP: Vector Arithmetic Exp.</summary>
public sealed class ExpStream(PriceField source = PriceField.Close)
    : CoreIndicator(new TransformCore(Math.Exp), source);
