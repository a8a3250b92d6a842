using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>An instrument's venue at a glance: last bar, last price, working orders, how many inputs it handled since it started,
/// and, while its circuit breaker holds trading, until when (market-data time) and why.</summary>
public sealed record VenueStatus(InstrumentId InstrumentId, DateTime? LastBarTime, decimal? LastPrice, int WorkingOrders, long InputsHandled,
    DateTime? HaltedUntil = null, string? HaltReason = null) : IHiveMessage
{
    /// <summary>The last bar's volume (null before the first bar): what the venue's volume cap of the next bar is a share of.</summary>
    public decimal? LastVolume { get; init; }
}
