using Hive.Core.Instruments;
using Hive.Core.Orders;

namespace Hive.Core.Algos;

/// <summary>
/// One parent order as its algorithm runs it: what to trade (side, quantity, window) and how (the algorithm's own
/// settings and the common ones). Built and checked by <see cref="ExecutionCatalog.Parse"/>, which names the field of
/// any bad value; times are UTC, quantities and prices decimal.
/// </summary>
public sealed record ExecutionParameters
{
    public required ExecutionAlgorithm Algorithm { get; init; }
    public required OrderSide Side { get; init; }
    public required decimal Quantity { get; init; }
    public required DateTime Start { get; init; }
    public required DateTime End { get; init; }

    /// <summary>Price bound: a buy never pays above it, a sell never sells below it. Null: unbounded.</summary>
    public decimal? Limit { get; init; }
    public ChildPlacement Placement { get; init; } = ChildPlacement.Market;
    /// <summary>A limit child not filled after this many bars is cancelled and sent again at the new last price.</summary>
    public int RepriceBars { get; init; } = 1;
    /// <summary>A child smaller than this waits to grow (the last remainder excepted).</summary>
    public decimal MinChild { get; init; }
    /// <summary>No child above this share of the last bar's volume (1: the whole bar).</summary>
    public decimal MaxChildShare { get; init; } = 1m;
    public int Seed { get; init; } = 1;
    /// <summary>How fast the parent trades (<see cref="UrgencyPace"/>); POV's shares and the iceberg's display already include it.</summary>
    public ExecutionUrgency Urgency { get; init; } = ExecutionUrgency.Normal;
    /// <summary>The venues children are routed across (<see cref="Routing.SmartOrderRouter"/>), upper case, as given; empty:
    /// every child goes to the parent's own instrument, unrouted.</summary>
    public IReadOnlyList<string> Venues { get; init; } = [];

    /// <summary>TWAP: number of slices. Implementation shortfall: number of trading intervals (null: one per bar).</summary>
    public int? Slices { get; init; }
    /// <summary>TWAP: slice times move by up to this fraction of the spacing and sizes by up to this fraction of a slice.</summary>
    public decimal Randomise { get; init; }
    /// <summary>VWAP: days of history the volume profile is learned from. Implementation shortfall: bars of history for the volatility.</summary>
    public int Lookback { get; init; } = 20;
    /// <summary>POV: the target share of the market volume (after the urgency's pace).</summary>
    public decimal Participation { get; init; } = 0.1m;
    /// <summary>POV: at least this share of each bar's volume while quantity is left.</summary>
    public decimal MinParticipation { get; init; }
    /// <summary>Iceberg: the quantity shown at a time (after the urgency's pace).</summary>
    public decimal Display { get; init; }
    /// <summary>Implementation shortfall: the risk aversion λ (per currency unit of variance).</summary>
    public double RiskAversion { get; init; } = 1e-6;
    /// <summary>Implementation shortfall: volatility as the standard deviation of one bar's return (null: learned from history).</summary>
    public double? Volatility { get; init; }
    /// <summary>Implementation shortfall: temporary impact η in price per unit traded per bar (null: derived, docs/execution.md).</summary>
    public double? Impact { get; init; }

    public int Sign => Side.Sign();

    /// <summary>Whether <paramref name="price"/> is inside the limit bound.</summary>
    public bool Allows(decimal price) => Limit is not { } bound || (Side == OrderSide.Buy ? price <= bound : price >= bound);

    /// <summary>A limit bound must leave the arrival price tradable: a buy's bound at or above it, a sell's at or below.</summary>
    public void CheckLimit(decimal arrivalPrice)
    {
        if (Limit is not { } bound || Allows(arrivalPrice)) return;
        throw new ArgumentException(Side == OrderSide.Buy
            ? $"parameter limit: a buy's bound caps the price from above, but {bound} is below the arrival price {arrivalPrice}"
            : $"parameter limit: a sell's bound floors the price from below, but {bound} is above the arrival price {arrivalPrice}");
    }

    /// <summary>A host that runs one venue (<paramref name="host"/>: the simulator, a backtest) refuses a parent that asks to route
    /// rather than run it unrouted.</summary>
    public void CheckOneVenue(string host)
    {
        if (Venues.Count > 0)
            throw new ArgumentException($"parameter venues: {host} runs one venue; routing across venues runs in the cluster's algo entities (POST /api/algos)");
    }

    /// <summary>The smallest child worth sending: <see cref="MinChild"/>, at least one lot.</summary>
    public decimal SmallestChild(Instrument instrument) => Math.Max(MinChild, instrument.LotSize);
}
