using System.Globalization;

namespace Hive.Cluster.Reports;

/// <summary>Tick positions for the charts' axes: round numbers for values, calendar boundaries for time.</summary>
internal static class ChartAxis
{
    /// <summary>
    /// Round value ticks (steps of 1, 2 or 5 × 10ⁿ) covering [min, max]; the returned bounds are widened to the outer
    /// ticks so the curve never touches the frame. A flat series gets a small band around its value.
    /// </summary>
    public static (double Low, double High, IReadOnlyList<double> Ticks) Values(double min, double max, int targetTicks = 5)
    {
        if (max - min <= Math.Abs(max) * 1e-12)
        {
            var pad = Math.Abs(max) > 0 ? Math.Abs(max) * 0.01 : 1;
            min -= pad;
            max += pad;
        }

        var rough = (max - min) / targetTicks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = (rough / magnitude) switch { <= 1 => 1, <= 2 => 2, <= 5 => 5, _ => 10 } * magnitude;
        var low = Math.Floor(min / step) * step;
        var high = Math.Ceiling(max / step) * step;
        var ticks = new List<double>();
        for (var i = 0; low + i * step <= high + step * 1e-9; i++)
            ticks.Add(Math.Round(low + i * step, 10));
        return (low, high, ticks);
    }

    /// <summary>
    /// Time ticks between two instants: whole years, months or days depending on the span, at most about
    /// <paramref name="maxTicks"/>, each with its label.
    /// </summary>
    public static IReadOnlyList<(DateTime Time, string Label)> Times(DateTime start, DateTime end, int maxTicks = 8)
    {
        var ticks = new List<(DateTime, string)>();
        if (end <= start) return [(start, ReportFormat.Time(start))];
        var inv = CultureInfo.InvariantCulture;
        var span = end - start;
        if (span.TotalDays >= 2 * 365)
        {
            var years = end.Year - start.Year + 1;
            var step = Math.Max(1, (int)Math.Ceiling(years / (double)maxTicks));
            var first = start.Month == 1 && start.Day == 1 && start.TimeOfDay == TimeSpan.Zero ? start.Year : start.Year + 1;
            for (var y = first; y <= end.Year; y += step)
                ticks.Add((new DateTime(y, 1, 1, 0, 0, 0, DateTimeKind.Utc), y.ToString(inv)));
        }
        else if (span.TotalDays >= 60)
        {
            var months = (end.Year - start.Year) * 12 + end.Month - start.Month + 1;
            var step = Math.Max(1, (int)Math.Ceiling(months / (double)maxTicks));
            var m = new DateTime(start.Year, start.Month, 1, 0, 0, 0, DateTimeKind.Utc);
            if (m < start) m = m.AddMonths(1);
            for (; m <= end; m = m.AddMonths(step))
                ticks.Add((m, m.ToString("yyyy-MM", inv)));
        }
        else
        {
            // Short spans (a few weeks down to a drill's minute): evenly spaced instants labelled with date and time, or with
            // the time of day alone (to the second) under an hour.
            var format = span.TotalDays >= 7 ? "MM-dd" : span.TotalHours >= 1 ? "MM-dd HH:mm" : "HH:mm:ss";
            for (var i = 0; i <= maxTicks - 2; i++)
            {
                var t = start + span * i / (maxTicks - 2);
                ticks.Add((t, t.ToString(format, inv)));
            }
        }

        return ticks;
    }
}
