using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.MarketData;

namespace Hive.Core.OrderFlow;

/// <summary>A bar the venue has applied, published on the instrument's market-data topic (<see cref="Topic"/>), with the ids of
/// the orders it filled (<see cref="Traded"/>). The fills themselves are not broadcast: each order tells its own strategy
/// (<see cref="OrderUpdate"/>). A strategy holding one of those orders waits for that news before it sees the bar, as in
/// the backtester, so it never acts on a bar while believing an order the bar filled is still working.</summary>
public sealed record BarPublished(Bar Bar, IReadOnlyList<ClientOrderId> Traded) : IHiveMessage
{
    public static string Topic(InstrumentId instrument) => $"bars.{instrument}";
}
