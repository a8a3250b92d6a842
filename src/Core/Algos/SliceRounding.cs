using Hive.Core.Instruments;

namespace Hive.Core.Algos;

/// <summary>Turns a planned cumulative trajectory into whole-lot slices that add up to the quantity exactly.</summary>
internal static class SliceRounding
{
    /// <summary>Slice k is the lot-floored cumulative target after k slices minus the one before it; the last slice takes
    /// whatever is left, so rounding never loses or adds a unit. Slices of nothing are dropped.</summary>
    /// <param name="times">When each slice is sent.</param>
    /// <param name="cumulativeShare">The share of the quantity done after each slice, non-decreasing, the last 1.</param>
    public static IReadOnlyList<ScheduledSlice> FromCumulative(IReadOnlyList<DateTime> times, IReadOnlyList<decimal> cumulativeShare, decimal quantity, Instrument instrument)
    {
        var slices = new List<ScheduledSlice>(times.Count);
        var done = 0m;
        for (var k = 0; k < times.Count; k++)
        {
            var target = k == times.Count - 1 ? quantity : Math.Min(quantity, instrument.FloorToLot(quantity * cumulativeShare[k]));
            if (target > done) slices.Add(new ScheduledSlice(times[k], target - done));
            done = Math.Max(done, target);
        }
        return slices;
    }
}
