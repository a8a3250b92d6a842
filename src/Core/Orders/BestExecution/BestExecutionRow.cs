namespace Hive.Core.Orders.BestExecution;

/// <summary>
/// One line of a best-execution summary: the orders (<see cref="Group"/> <c>order</c>, <see cref="Type"/> the order type) or the
/// parent orders (<c>parent</c>, <see cref="Type"/> the algorithm) of one venue and instrument. <see cref="FillRate"/> is filled over
/// ordered quantity; the slippages are side × (average price − benchmark) / benchmark in bps, positive when it cost the trader,
/// averaged over the filled units weighted by their filled quantity (null when none filled, or none had the benchmark);
/// <see cref="FeesPerNotionalBps"/> is fees over filled notional in bps; the times to fill (seconds, submission to the last fill,
/// of the fully filled units only, nearest rank) are null when none filled completely.
/// </summary>
public sealed record BestExecutionRow(
    string Group, string Venue, string Instrument, string Type, int Orders, decimal Quantity, decimal FilledQuantity, decimal FillRate,
    decimal? SlippageVsArrivalBps, decimal? SlippageVsVwapBps, decimal? FeesPerNotionalBps, decimal Fees,
    decimal? TimeToFillP50Seconds, decimal? TimeToFillP95Seconds)
{
    public const string OrderGroup = "order";
    public const string ParentGroup = "parent";
}
