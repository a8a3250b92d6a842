namespace Hive.Core.Algos.Routing;

/// <summary>Part of a child sent to one venue at one level: the level's price and the price after the venue's taker fees
/// (a buy pays price × (1 + taker rate) + per-unit fee; a sell receives price × (1 − taker rate) − per-unit fee).</summary>
public sealed record RouteAllocation(string Venue, decimal Quantity, decimal Price, decimal EffectivePrice);
