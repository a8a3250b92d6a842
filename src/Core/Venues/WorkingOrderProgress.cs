namespace Hive.Core.Venues;

/// <summary>Where a working order stands, as its order group holds it: what a venue that lost its book needs to take
/// the order back (<see cref="PaperVenue.Resume"/>) without filling more than is left or reusing a trade id.</summary>
public sealed record WorkingOrderProgress(decimal Quantity, decimal? LimitPrice, decimal? StopPrice, decimal Filled, int Fills, bool Triggered);
