using Hive.Core.Domain;
using Hive.Core.MarketData;

namespace Hive.Core.OrderFlow;

/// <summary>
/// What one input did at a <see cref="VenueSession"/>: the reports for the order that asked (<see cref="Answer"/>),
/// reports for other orders that market data moved (<see cref="Pushed"/>), the bar to publish with the orders it filled,
/// or why the input was refused. Nothing here is journaled: the order groups hold what became real.
/// </summary>
public sealed record VenueStep(VenueReports? Answer, IReadOnlyList<VenueReports> Pushed, BarPublished? Published, Rejection? Rejection)
{
    public static VenueStep Refused(string code, string message) => new(null, [], null, new Rejection(code, message));
}
