namespace Hive.Core.Algos;

/// <summary>What a parent sent to one venue and got there: its children there, the quantity they asked (refused children
/// aside), filled, the average fill price, fees, and the quantity the venue refused.</summary>
public sealed record VenueExecution(string Venue, int Children, decimal Quantity, decimal Filled, decimal AveragePrice, decimal Fees, decimal Refused)
{
    public static VenueExecution Of(string venue, IReadOnlyCollection<ChildOrder> children)
    {
        var filled = children.Sum(c => c.Filled);
        return new(venue, children.Count, children.Where(c => c.Refusal is null).Sum(c => c.Quantity), filled,
            filled == 0m ? 0m : Math.Round(children.Sum(c => c.Filled * c.AveragePrice) / filled, 8), children.Sum(c => c.Fees),
            children.Where(c => c.Refusal is not null).Sum(c => c.Quantity - c.Filled));
    }
}
