using Hive.Core.Instruments;

namespace Hive.Core.Algos;

/// <summary>
/// TWAP: <c>slices</c> slices of the quantity divided equally and floored to whole lots, the remainder in the last, at
/// evenly spaced times from start to end with the first at start and the last at end (1,000 in 5 slices over 60
/// minutes: 200 at 0, 15, 30, 45 and 60). With <c>randomise</c> x, from the seed: every time but the first moves by up
/// to x of the spacing (never past the end), and sizes move by up to x of a slice with deviations that sum to zero, so
/// the last slice still takes exactly what is left.
/// </summary>
public static class TwapSchedule
{
    public static IReadOnlyList<ScheduledSlice> Build(ExecutionParameters parameters, Instrument instrument)
    {
        var n = parameters.Slices ?? throw new ArgumentException("parameter slices is required for twap");
        var quantity = parameters.Quantity;
        var equal = instrument.FloorToLot(quantity / n);
        if (equal <= 0m)
            throw new ArgumentException($"parameter slices {n} is more than the {quantity / instrument.LotSize} lots of the quantity {quantity}");
        var spacing = n == 1 ? 0 : (parameters.End - parameters.Start).Ticks / (n - 1);
        var random = parameters.Randomise > 0m ? new Random(parameters.Seed) : null;
        var sizeNoise = random is null ? new decimal[n] : ZeroSumNoise(random, n);

        var slices = new List<ScheduledSlice>(n);
        var sent = 0m;
        for (var i = 0; i < n; i++)
        {
            var time = parameters.Start.AddTicks(spacing * i);
            if (random is not null && i > 0)
            {
                var shift = (long)((random.NextDouble() * 2 - 1) * (double)parameters.Randomise * spacing);
                time = time.AddTicks(shift) > parameters.End ? parameters.End : time.AddTicks(shift);
            }
            var size = i == n - 1 ? quantity - sent : instrument.FloorToLot(equal * (1m + parameters.Randomise * sizeNoise[i]));
            sent += size;
            slices.Add(new ScheduledSlice(time, size));
        }
        return slices;
    }

    /// <summary>n draws in [-1, 1] with their mean removed, scaled back into [-1, 1].</summary>
    private static decimal[] ZeroSumNoise(Random random, int n)
    {
        var draws = Enumerable.Range(0, n).Select(_ => (decimal)(random.NextDouble() * 2 - 1)).ToArray();
        var mean = draws.Average();
        var centred = draws.Select(d => d - mean).ToArray();
        var widest = centred.Max(Math.Abs);
        return widest > 1m ? centred.Select(d => d / widest).ToArray() : centred;
    }
}
