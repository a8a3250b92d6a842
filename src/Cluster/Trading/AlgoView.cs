using Hive.Core.Algos;
using Hive.Core.Algos.Instances;

namespace Hive.Cluster.Trading;

/// <summary>A parent order as the API shows it: where it stands, its progress (filled, remaining, average price, slippage
/// against the arrival price so far, in bps, positive when it cost the trader), its planned schedule (empty for POV and
/// iceberg, which react to the market), the market volume it has observed in its window (POV) and its children as the
/// parent knows them, and per venue what it sent and got there (<see cref="VenueExecution"/>: a routed parent's venues, else its own).</summary>
public sealed record AlgoView(
    string AlgoId, string Type, string AccountId, string Instrument, string Side, decimal Quantity, DateTime Start, DateTime End,
    IReadOnlyDictionary<string, string> Parameters, string Status, string? PauseReason, decimal Filled, decimal Remaining,
    decimal AveragePrice, decimal ArrivalPrice, decimal SlippageBps, decimal Fees, int Slices, IReadOnlyList<ScheduledSlice> Schedule, decimal ObservedVolume, DateTime SubmittedAt,
    IReadOnlyList<AlgoChildView> Children, IReadOnlyList<VenueExecution> Venues)
{
    public static AlgoView From(AlgoState state)
    {
        var (spec, parent) = (state.Spec!, state.Parent!);
        return new AlgoView(state.AlgoId.Value, spec.Type, spec.AccountId.Value, spec.InstrumentId.ToString(), spec.Side.ToString().ToLowerInvariant(),
            spec.Quantity, parent.Parameters.Start, parent.Parameters.End, spec.Parameters, parent.Status.ToString().ToLowerInvariant(), parent.PauseReason,
            parent.Filled, parent.Remaining, Math.Round(parent.AveragePrice, 8), state.ArrivalPrice, state.SlippageBps, parent.Fees,
            parent.Schedule.Count, parent.Schedule, parent.ObservedVolume, state.SubmittedAt!.Value, parent.Children.Select(c => AlgoChildView.From(parent, c)).ToList(),
            parent.ByVenue());
    }
}
