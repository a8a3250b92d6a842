using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;

namespace Hive.Data.Import;

/// <summary>
/// Applies the import rules in input order: a timestamp already accepted is a duplicate; one earlier than the
/// last accepted is out of order (a file is expected oldest first, as every vendor writes them); then the value
/// rules of <see cref="BarRules"/>, repaired when the policy is <see cref="RepairPolicy.Clamp"/> and the defect
/// allows it. Gaps between accepted rows are measured against the asset class's session calendar.
/// </summary>
public static class BarImportValidator
{
    private const int MaxGapSteps = 200_000;

    public static ValidatedBars Validate(RawBarRows rows, InstrumentId instrument, AssetClass assetClass, BarInterval interval, RepairPolicy policy)
    {
        var rejected = new List<RejectedRow>(rows.Unparsable);
        var accepted = BarSeries.Allocate(instrument, interval, rows.Count, 0);
        var acceptedLines = new long[rows.Count];
        var count = 0;
        var repaired = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var time = rows.Times[i];
            var line = rows.Lines[i];
            // Accepted times are strictly increasing, so only a time at or before the last one needs a closer look,
            // and a binary search tells a duplicate from an out-of-order row without a hash set.
            if (count > 0 && time <= accepted.Times[count - 1])
            {
                var earlier = Array.BinarySearch(accepted.Times, 0, count, time);
                rejected.Add(earlier >= 0
                    ? new RejectedRow(line, $"duplicate timestamp {Format(time)} (first on line {acceptedLines[earlier]})", rows.RawText(i))
                    : new RejectedRow(line, $"out of order: {Format(time)} is earlier than {Format(accepted.Times[count - 1])} on line {acceptedLines[count - 1]}", rows.RawText(i)));
                continue;
            }
            double open = rows.Open[i], high = rows.High[i], low = rows.Low[i], close = rows.Close[i], volume = rows.Volume[i];
            var defects = BarRules.Check(open, high, low, close, volume);
            if (defects != BarDefects.None)
            {
                if (policy == RepairPolicy.Clamp && BarRules.CanRepair(defects))
                {
                    (high, low) = BarRules.Clamp(open, high, low, close);
                    repaired++;
                }
                else
                {
                    rejected.Add(new RejectedRow(line, BarRules.Describe(defects, open, high, low, close, volume), rows.RawText(i)));
                    continue;
                }
            }
            accepted.Times[count] = time;
            accepted.Open[count] = open;
            accepted.High[count] = high;
            accepted.Low[count] = low;
            accepted.Close[count] = close;
            accepted.Volume[count] = volume;
            acceptedLines[count] = line;
            count++;
        }
        rejected.Sort((a, b) => a.Line.CompareTo(b.Line));
        var series = new BarSeries(instrument, interval, accepted.Times, accepted.Open, accepted.High, accepted.Low, accepted.Close, accepted.Volume, count);
        return new ValidatedBars(series, repaired, rejected, FindGaps(series, acceptedLines, assetClass, interval));
    }

    private static List<GapWarning> FindGaps(BarSeries bars, long[] lines, AssetClass assetClass, BarInterval interval)
    {
        var gaps = new List<GapWarning>();
        if (!interval.IsTimeBased) return gaps;
        var calendar = SessionCalendar.For(assetClass);
        for (var i = 1; i < bars.Count; i++)
        {
            var after = bars.TimeAt(i - 1);
            var before = bars.TimeAt(i);
            long missing = 0;
            switch (interval.Unit)
            {
                case BarUnit.Day when interval.Count == 1:
                    missing = TradingHours.TradingDaysBetween(assetClass, DateOnly.FromDateTime(after), DateOnly.FromDateTime(before));
                    break;
                case BarUnit.Minute or BarUnit.Hour:
                {
                    var step = interval.ApproximateDuration;
                    var steps = 0;
                    for (var t = after + step; t < before; t += step)
                    {
                        if (++steps > MaxGapSteps) break;
                        if (calendar.IsOpen(t)) missing++;
                    }
                    break;
                }
                case BarUnit.Month:
                    missing = Math.Max(0, ((before.Year - after.Year) * 12 + before.Month - after.Month) / interval.Count - 1);
                    break;
                default:
                    missing = Math.Max(0, (long)((before - after).Ticks / interval.ApproximateDuration.Ticks) - 1);
                    break;
            }
            if (missing > 0) gaps.Add(new GapWarning(lines[i], after, before, missing));
        }
        return gaps;
    }

    private static string Format(long unixMs) => DateTime.UnixEpoch.AddMilliseconds(unixMs).ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'");
}
