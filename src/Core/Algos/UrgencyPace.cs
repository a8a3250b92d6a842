using Hive.Core.Instruments;

namespace Hive.Core.Algos;

/// <summary>
/// What <see cref="ExecutionUrgency"/> does to a parent, as one pace factor u (low 0.5, normal 1, high 2). A schedule's
/// cumulative share done after each slice, s, becomes 1 − (1 − s)^u: its first slices trade at u times the planned rate,
/// the rest taper, and the last slice still ends the quantity (normal leaves the schedule as planned, slice for slice).
/// POV's participation and minimum participation and an iceberg's display are multiplied by u (participation at most 1,
/// a display at least one lot).
/// </summary>
public static class UrgencyPace
{
    public const string Parameter = "urgency";

    public static ExecutionUrgency Parse(string text) => text switch
    {
        "low" => ExecutionUrgency.Low,
        "normal" => ExecutionUrgency.Normal,
        "high" => ExecutionUrgency.High,
        _ => throw new ArgumentException($"parameter {Parameter} must be low, normal or high, got '{text}'"),
    };

    public static decimal Factor(ExecutionUrgency urgency) => urgency switch
    {
        ExecutionUrgency.Low => 0.5m,
        ExecutionUrgency.High => 2m,
        _ => 1m,
    };

    /// <summary>The schedule re-shaped by the urgency: the same times, whole lots adding up to <paramref name="quantity"/>.</summary>
    public static IReadOnlyList<ScheduledSlice> Reshape(IReadOnlyList<ScheduledSlice> schedule, ExecutionUrgency urgency, decimal quantity, Instrument instrument)
    {
        if (urgency == ExecutionUrgency.Normal || schedule.Count == 0) return schedule;
        var done = 0m;
        var shares = new List<decimal>(schedule.Count);
        foreach (var slice in schedule)
        {
            done += slice.Quantity;
            shares.Add(1m - Left(1m - done / quantity, urgency));
        }
        return SliceRounding.FromCumulative(schedule.Select(s => s.Time).ToList(), shares, quantity, instrument);
    }

    /// <summary>(1 − s)^u, exact in decimal for u = 2.</summary>
    private static decimal Left(decimal left, ExecutionUrgency urgency) => urgency switch
    {
        ExecutionUrgency.High => left * left,
        ExecutionUrgency.Low => (decimal)Math.Sqrt((double)left),
        _ => left,
    };
}
