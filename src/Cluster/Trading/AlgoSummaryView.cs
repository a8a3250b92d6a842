using Hive.Core.ReadModel;

namespace Hive.Cluster.Trading;

/// <summary>A parent order as the list shows it (<c>GET /api/algos</c>), from the read side's row: the fields of <see cref="AlgoView"/>
/// that say where it stands and how it has done, without its parameters, schedule and children (<c>GET /api/algos/{id}</c>);
/// <see cref="Slices"/> are the planned slices, <see cref="Placed"/> the children placed so far.</summary>
public sealed record AlgoSummaryView(
    string AlgoId, string Type, string AccountId, string Instrument, string Side, decimal Quantity, DateTime Start, DateTime End,
    string Status, string? PauseReason, decimal Filled, decimal Remaining, decimal AveragePrice, decimal ArrivalPrice, decimal SlippageBps,
    decimal Fees, int Slices, int Placed, DateTime SubmittedAt, DateTime UpdatedAt)
{
    public static AlgoSummaryView From(AlgoRow a) =>
        new(a.AlgoId.Value, a.Type, a.AccountId.Value, a.InstrumentId.ToString(), a.Side.ToString().ToLowerInvariant(), a.Quantity, a.Start, a.End,
            a.Status.ToString().ToLowerInvariant(), a.PauseReason, a.Filled, a.Quantity - a.Filled, Math.Round(a.AveragePrice, 8), a.ArrivalPrice,
            a.SlippageBps, a.Fees, a.SlicesPlanned, a.SlicesPlaced, a.SubmittedAt, a.UpdatedAt);
}
