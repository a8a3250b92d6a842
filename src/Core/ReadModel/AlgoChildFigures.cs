namespace Hive.Core.ReadModel;

/// <summary>What a parent's child has reported so far, as its read-side row keeps it: the figures its order last reported
/// (cumulative, so the parent's totals are their sums) and whether it still works.</summary>
public readonly record struct AlgoChildFigures(decimal Filled, decimal AveragePrice, decimal Fees, bool Open)
{
    public static AlgoChildFigures Issued => new(0m, 0m, 0m, true);
}
