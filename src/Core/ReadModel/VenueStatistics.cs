using Hive.Core.Ids;

namespace Hive.Core.ReadModel;

/// <summary>What a venue executed, from the read side's fills: per listing (<see cref="ListingStatistics"/>, each in its own quote
/// currency, so the venue adds up only the fills).</summary>
public sealed record VenueStatistics(string Venue, int Fills, IReadOnlyList<ListingStatistics> Listings)
{
    public static VenueStatistics Of(string venue, IReadOnlyDictionary<InstrumentId, IReadOnlyList<FillRow>> fillsByListing)
    {
        var listings = fillsByListing.OrderBy(kv => kv.Key.ToString(), StringComparer.Ordinal).Select(kv => ListingStatistics.Of(kv.Key, kv.Value.ToList())).ToList();
        return new(venue, listings.Sum(l => l.Fills), listings);
    }
}
