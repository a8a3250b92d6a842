using Hive.Core.Orders;

namespace Hive.Core.Venues;

/// <summary>
/// How a <see cref="PaperVenue"/> fills orders against market data.
/// <see cref="Latency"/>: an order only meets data that starts at least this long after it was submitted.
/// <see cref="MaxVolumeShare"/>: at most this fraction of a bar's (or tick's) volume is traded by all orders
/// together; the rest waits for the next bar (IOC/FOK do not wait). 1 means the whole bar.
/// <see cref="SelfTradePrevention"/>: the mode for orders that do not choose one (none: orders of one account never cancel each other).
/// </summary>
public sealed record FillModelSettings
{
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;
    public SlippageModel Slippage { get; init; } = SlippageModel.None;
    public FeeSchedule Fees { get; init; } = FeeSchedule.Free;
    public decimal MaxVolumeShare { get; init; } = 1m;
    public MarketFillTiming MarketFill { get; init; } = MarketFillTiming.NextBarOpen;
    public SelfTradePrevention SelfTradePrevention { get; init; } = SelfTradePrevention.None;

    public static FillModelSettings Default { get; } = new();

    /// <summary>Throws with the offending setting named; called by the venue's constructor.</summary>
    public void Validate()
    {
        if (Latency < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(Latency), Latency, "latency must not be negative");
        if (MaxVolumeShare is <= 0m or > 1m)
            throw new ArgumentOutOfRangeException(nameof(MaxVolumeShare), MaxVolumeShare, "the share of bar volume must be in (0, 1]");
        if (Fees.MakerRate < 0m || Fees.TakerRate < 0m || Fees.PerUnit < 0m)
            throw new ArgumentOutOfRangeException(nameof(Fees), Fees, "fees must not be negative");
    }
}
