namespace Hive.Cluster.Reports;

/// <summary>
/// Shrinks a long series for drawing: the points are cut into equal buckets and each bucket keeps only its lowest and
/// highest point (in their original order), plus the very first and last point. A chart drawn from the result has the
/// same envelope as the full curve (no peak or drawdown trough disappears), while a million-bar backtest draws
/// from a couple of thousand points.
/// </summary>
public static class CurveDownsampler
{
    public const int DefaultMaxPoints = 2000;

    public static IReadOnlyList<ChartPoint> Downsample(IReadOnlyList<ChartPoint> points, int maxPoints = DefaultMaxPoints)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (maxPoints < 4)
            throw new ArgumentOutOfRangeException(nameof(maxPoints), maxPoints, "maxPoints must be at least 4 (first, last and one min/max pair)");
        if (points.Count <= maxPoints) return points;

        // Two points per bucket, and first/last kept apart from the buckets so they always survive.
        var buckets = (maxPoints - 2) / 2;
        var inner = points.Count - 2;
        var result = new List<ChartPoint>(buckets * 2 + 2) { points[0] };
        for (var b = 0; b < buckets; b++)
        {
            var from = 1 + (int)((long)inner * b / buckets);
            var to = 1 + (int)((long)inner * (b + 1) / buckets);
            if (from >= to) continue;
            int min = from, max = from;
            for (var i = from + 1; i < to; i++)
            {
                if (points[i].Y < points[min].Y) min = i;
                if (points[i].Y > points[max].Y) max = i;
            }

            if (min == max) { result.Add(points[min]); continue; }
            result.Add(points[Math.Min(min, max)]);
            result.Add(points[Math.Max(min, max)]);
        }

        result.Add(points[^1]);
        return result;
    }
}
