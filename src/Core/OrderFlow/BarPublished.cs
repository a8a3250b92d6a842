using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Trading;

namespace Hive.Core.OrderFlow;

/// <summary>
/// A bar the venue has applied, published on the instrument's market-data topic (<see cref="Topic"/>), with the fills
/// it caused. A strategy folds its own fills in before it sees the bar, as the backtester does, so it never acts on a
/// bar while believing an order it filled is still working (the order entities' updates come later and agree).
/// </summary>
public sealed record BarPublished(Bar Bar, IReadOnlyList<Execution> Fills) : IHiveMessage
{
    public static string Topic(InstrumentId instrument) => $"bars.{instrument}";
}
