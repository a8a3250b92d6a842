using Hive.Core.Venues;

namespace Hive.Core.Algos.Routing;

/// <summary>What the router knows of one venue for an instrument: the levels on the side a child takes, the venue's
/// fees (takers pay <see cref="FeeSchedule.TakerRate"/> and the per-unit fee), the most it will fill of one child
/// (<see cref="VolumeCap"/>, e.g. its share of the bar's volume) and its lot size.</summary>
public sealed record VenueBook(string Venue, IReadOnlyList<BookLevel> Levels, FeeSchedule Fees, decimal VolumeCap, decimal LotSize = 1m)
{
    /// <summary>A venue known by its last price: one level at that price, as deep as the venue's cap, which is its share of the
    /// last bar's volume (<see cref="FillModelSettings.MaxVolumeShare"/>, in whole lots), as its fill model applies it to the next
    /// bar; a bar without volume leaves no cap, as at the venue.</summary>
    public static VenueBook AtLastPrice(string venue, decimal lastPrice, decimal barVolume, FillModelSettings fillModel, decimal lotSize)
    {
        var cap = barVolume > 0m ? Math.Floor(barVolume * fillModel.MaxVolumeShare / lotSize) * lotSize : decimal.MaxValue;
        return new VenueBook(venue, [new BookLevel(lastPrice, cap)], fillModel.Fees, cap, lotSize);
    }

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Venue)) throw new ArgumentException("venue: a book needs a venue name");
        if (VolumeCap < 0m) throw new ArgumentException($"volumeCap of {Venue} must not be negative, got {VolumeCap}");
        if (LotSize <= 0m) throw new ArgumentException($"lotSize of {Venue} must be positive, got {LotSize}");
        if (Fees.TakerRate < 0m || Fees.PerUnit < 0m) throw new ArgumentException($"fees of {Venue} must not be negative");
        foreach (var level in Levels)
            if (level.Price <= 0m || level.Quantity < 0m)
                throw new ArgumentException($"levels of {Venue}: price must be positive and quantity not negative, got {level.Quantity} at {level.Price}");
        if (Levels.Select(l => l.Price).Distinct().Count() != Levels.Count) throw new ArgumentException($"levels of {Venue}: each price may appear once");
    }
}
