using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.MarketData;

namespace Hive.Core.OrderFlow;

/// <summary>A bar the venue has applied, published on the instrument's market-data topic (<see cref="Topic"/>). Fills are not
/// broadcast with it: each order tells its own strategy (<see cref="OrderUpdate"/>).</summary>
public sealed record BarPublished(Bar Bar) : IHiveMessage
{
    public static string Topic(InstrumentId instrument) => $"bars.{instrument}";
}
