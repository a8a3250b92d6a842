namespace Hive.Core.ReadModel;

/// <summary>What a parent's child has reported so far, as its read-side row keeps it: the figures its order last reported
/// (cumulative, so the parent's totals are their sums), whether it still works, and the venue a routed parent sent it to (null:
/// the parent does not route).</summary>
public readonly record struct AlgoChildFigures(decimal Filled, decimal AveragePrice, decimal Fees, bool Open, string? Venue = null)
{
    public static AlgoChildFigures Issued(string? venue) => new(0m, 0m, 0m, true, venue);
}
