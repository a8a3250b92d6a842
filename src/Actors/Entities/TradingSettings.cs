using Hive.Core.Instruments;
using Hive.Core.Venues;

namespace Hive.Actors.Entities;

/// <summary>How a node's entities trade: the instruments it lists, how its simulated venues fill (one model for all, or a
/// venue's own in <see cref="VenueFillModels"/>), how much fee headroom buying-power holds include, and how often an
/// unconfirmed cross-entity step is retried.</summary>
public sealed record TradingSettings(InstrumentCatalog Catalog, FillModelSettings FillModel, decimal ReserveFeeRate, TimeSpan RetryInterval)
{
    /// <summary>How often a parent order's entity looks at the clock (<see cref="Core.Algos.Instances.AlgoClock"/>): a child
    /// is sent at the first tick after its slice's time.</summary>
    public TimeSpan AlgoTick { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long after its window a parent waits for its last children to fill (at the venue's next bar) before it
    /// withdraws what is left.</summary>
    public TimeSpan AlgoEndGrace { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Venue name → its own fees, latency and volume cap; a venue not named fills by <see cref="FillModel"/>.</summary>
    public IReadOnlyDictionary<string, FillModelSettings> VenueFillModels { get; init; } = new Dictionary<string, FillModelSettings>();

    /// <summary>How <paramref name="venue"/> fills: its own model, else the shared one.</summary>
    public FillModelSettings FillModelOf(string venue) => VenueFillModels.GetValueOrDefault(venue, FillModel);

    /// <summary>The demo catalog; fills at the next bar's open, 10 bps taker / 5 bps maker, retries every second. SIM2 (the
    /// second S&amp;P 500 listing) charges 5 bps taker / 2 bps maker but fills at most 2% of a bar's volume.</summary>
    public static TradingSettings Default { get; } = new(
        InstrumentCatalog.Default,
        FillModelSettings.Default with { Fees = new FeeSchedule(0.0005m, 0.001m) },
        0.001m,
        TimeSpan.FromSeconds(1))
    {
        VenueFillModels = new Dictionary<string, FillModelSettings>
        {
            ["SIM2"] = FillModelSettings.Default with { Fees = new FeeSchedule(0.0002m, 0.0005m), MaxVolumeShare = 0.02m },
        },
    };
}
