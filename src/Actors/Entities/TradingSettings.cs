using Hive.Core.Instruments;
using Hive.Core.Venues;

namespace Hive.Actors.Entities;

/// <summary>How a node's entities trade: the instruments it lists, how its simulated venues fill, how much
/// fee headroom buying-power holds include, and how often an unconfirmed cross-entity step is retried.</summary>
public sealed record TradingSettings(InstrumentCatalog Catalog, FillModelSettings FillModel, decimal ReserveFeeRate, TimeSpan RetryInterval)
{
    /// <summary>The demo catalog; fills at the next bar's open, 10 bps taker / 5 bps maker, retries every second.</summary>
    public static TradingSettings Default { get; } = new(
        InstrumentCatalog.Default,
        FillModelSettings.Default with { Fees = new FeeSchedule(0.0005m, 0.001m) },
        0.001m,
        TimeSpan.FromSeconds(1));
}
