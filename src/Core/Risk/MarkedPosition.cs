using Hive.Core.Ids;
using Hive.Core.Instruments;

namespace Hive.Core.Risk;

/// <summary>A position as the risk analytics value it: signed units of an instrument at <see cref="Mark"/> (its last price), in its currency.</summary>
public sealed record MarkedPosition(InstrumentId Instrument, AssetClass AssetClass, string Currency, decimal Quantity, decimal Mark)
{
    /// <summary>The signed value today: negative for a short.</summary>
    public decimal Value => Quantity * Mark;
}
