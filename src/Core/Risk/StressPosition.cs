using Hive.Core.Ids;
using Hive.Core.Instruments;

namespace Hive.Core.Risk;

/// <summary>A position a stress test moves: signed units of an instrument, valued at <see cref="Mark"/> (today's price).</summary>
public sealed record StressPosition(InstrumentId Instrument, AssetClass AssetClass, string Currency, decimal Quantity, decimal Mark)
{
    /// <summary>The signed value today: negative for a short.</summary>
    public decimal Value => Quantity * Mark;
}
