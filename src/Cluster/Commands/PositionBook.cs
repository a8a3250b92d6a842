namespace Hive.Cluster.Commands;

/// <summary>What a positions file for <c>hive risk stress --positions</c> holds: its positions and the cash per currency beside
/// them (<see cref="PositionsFile"/>).</summary>
public sealed record PositionBook(IReadOnlyList<PositionRow> Positions, IReadOnlyDictionary<string, decimal> Cash);
