using Hive.Core.Instruments;
using Hive.Core.MarketData;

namespace Hive.Core.Algos;

/// <summary>
/// VWAP: one slice per bucket of the window, sized by the volume the history says the bucket carries. Intraday bars:
/// the buckets are the <see cref="VolumeProfile"/>'s times of day on the window's trading days (every day for crypto,
/// weekdays otherwise), each weighted by its
/// average share of daily volume. Daily bars: the buckets are the window's trading days, and bar k of the window is
/// weighted by the average share of volume the k-th bar carried in the last <c>lookback</c> windows of as many bars
/// before start. Weights are normalised over the window; slices are whole lots adding up to the quantity.
/// </summary>
public static class VwapSchedule
{
    public static IReadOnlyList<ScheduledSlice> Build(ExecutionParameters parameters, Instrument instrument, IReadOnlyList<Bar> history, TimeSpan interval) =>
        Build(parameters, instrument, Learn(parameters, instrument, history, interval));

    /// <summary>What the schedule needs from the history: the intraday profile, or the window bars' summed shares.</summary>
    public static ScheduleBasis Learn(ExecutionParameters parameters, Instrument instrument, IReadOnlyList<Bar> history, TimeSpan interval) =>
        interval >= TimeSpan.FromDays(1)
            ? new ScheduleBasis(interval) { WindowShares = DailyShares(parameters, instrument, history) }
            : new ScheduleBasis(interval) { Profile = VolumeProfile.Learn(history, parameters.Lookback) };

    public static IReadOnlyList<ScheduledSlice> Build(ExecutionParameters parameters, Instrument instrument, ScheduleBasis basis)
    {
        var (times, weights) = basis switch
        {
            { Profile: { } profile } => Intraday(parameters, instrument, profile),
            { WindowShares: { } shares } => (TradingDaysOf(parameters, instrument), shares.ToList()),
            _ => throw new ArgumentException("vwap needs bars with volume before start to learn a volume profile from"),
        };
        if (times.Count != weights.Count)
            throw new ArgumentException($"vwap: the profile was learned for {weights.Count} trading days but the window ({parameters.Start:O} to {parameters.End:O}) has {times.Count}");
        var total = weights.Sum();
        if (times.Count == 0 || total <= 0m)
            throw new ArgumentException($"vwap: the history before {parameters.Start:O} shows no volume in the window's buckets ({parameters.Start:O} to {parameters.End:O})");
        var cumulative = new List<decimal>(weights.Count);
        var sum = 0m;
        foreach (var weight in weights) cumulative.Add((sum += weight) / total);
        return SliceRounding.FromCumulative(times, cumulative, parameters.Quantity, instrument);
    }

    private static (List<DateTime>, List<decimal>) Intraday(ExecutionParameters parameters, Instrument instrument, VolumeProfile profile)
    {
        var times = new List<DateTime>();
        var weights = new List<decimal>();
        for (var day = parameters.Start.Date; day <= parameters.End.Date; day = day.AddDays(1))
        {
            if (!TradingDays.Trades(instrument, day)) continue;
            foreach (var (timeOfDay, share) in profile.Shares.OrderBy(s => s.Key))
            {
                var time = day + timeOfDay;
                if (time < parameters.Start || time > parameters.End) continue;
                times.Add(time);
                weights.Add(share);
            }
        }
        return (times, weights);
    }

    private static List<DateTime> TradingDaysOf(ExecutionParameters parameters, Instrument instrument)
    {
        var times = new List<DateTime>();
        for (var day = parameters.Start.Date; day <= parameters.End.Date; day = day.AddDays(1))
            if (day >= parameters.Start && TradingDays.Trades(instrument, day)) times.Add(day);
        return times;
    }

    private static List<decimal> DailyShares(ExecutionParameters parameters, Instrument instrument, IReadOnlyList<Bar> history)
    {
        var n = TradingDaysOf(parameters, instrument).Count;
        if (n == 0) return [];
        var shares = new decimal[n];
        var windows = 0;
        for (var end = history.Count; end - n >= 0 && windows < parameters.Lookback; end -= n)
        {
            var volume = 0m;
            for (var k = end - n; k < end; k++) volume += history[k].Volume;
            if (volume <= 0m) continue;
            for (var k = 0; k < n; k++) shares[k] += history[end - n + k].Volume / volume;
            windows++;
        }
        if (windows == 0)
            throw new ArgumentException($"vwap needs at least {n} daily bars with volume before start to learn a profile for a window of {n} trading days");
        return shares.ToList();
    }
}
