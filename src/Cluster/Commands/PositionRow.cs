using Hive.Core.Ids;

namespace Hive.Cluster.Commands;

/// <summary>A position a file gives <c>hive risk stress --positions</c>: signed units of an instrument and, optionally, the price
/// to mark it at (without one, the lake's last daily close). <see cref="Row"/> names it in errors: the CSV line, or the JSON
/// array's index.</summary>
public sealed record PositionRow(string Row, InstrumentId Instrument, decimal Quantity, decimal? Mark);
