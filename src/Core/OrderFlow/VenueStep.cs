using Hive.Core.MarketData;

namespace Hive.Core.OrderFlow;

/// <summary>What an input to a <see cref="VenueSession"/> needs: inputs to journal (then apply), and/or a bar that
/// only moves the last price and is applied without journaling. Both empty: the input changes nothing.</summary>
public sealed record VenueStep(IReadOnlyList<IVenueEvent> ToJournal, Bar? UnjournaledBar)
{
    public static VenueStep Nothing { get; } = new([], null);
}
