using Hive.Cluster.Reports;

namespace Hive.Cluster.Tests.Reports;

public sealed class CurveDownsamplerSpecs
{
    [Fact]
    public void A_curve_within_the_limit_is_returned_untouched()
    {
        var points = Enumerable.Range(0, 2000).Select(i => new ChartPoint(i, i % 13)).ToList();

        Assert.Same(points, CurveDownsampler.Downsample(points));
    }

    [Fact]
    public void A_long_curve_keeps_its_first_and_last_points_and_its_extremes_in_order()
    {
        // A gentle wave with one spike up and one crash down hidden in the middle of buckets.
        var points = Enumerable.Range(0, 100_000).Select(i => new ChartPoint(i, Math.Sin(i / 500.0) * 10)).ToList();
        points[54_321] = new ChartPoint(54_321, 1_000);
        points[77_777] = new ChartPoint(77_777, -1_000);

        var reduced = CurveDownsampler.Downsample(points);

        Assert.InRange(reduced.Count, 1_000, 2_000);
        Assert.Equal(points[0], reduced[0]);
        Assert.Equal(points[^1], reduced[^1]);
        Assert.Contains(new ChartPoint(54_321, 1_000), reduced);
        Assert.Contains(new ChartPoint(77_777, -1_000), reduced);
        Assert.True(reduced.Zip(reduced.Skip(1)).All(pair => pair.Item1.X < pair.Item2.X), "points stay in time order");
    }

    [Fact]
    public void Every_bucket_keeps_its_own_high_and_low()
    {
        // 0..9999 alternating +i / -i: each bucket's extremes are its last two points, so the envelope is exact.
        var points = Enumerable.Range(0, 10_000).Select(i => new ChartPoint(i, i % 2 == 0 ? i : -i)).ToList();

        var reduced = CurveDownsampler.Downsample(points, maxPoints: 102);

        Assert.Equal(102, reduced.Count);
        // 9998 inner points in 50 buckets; bucket b spans [1 + 9998b/50, 1 + 9998(b+1)/50).
        for (var b = 0; b < 50; b++)
        {
            var to = 1 + 9998 * (b + 1) / 50;
            var lastEven = (to - 1) % 2 == 0 ? to - 1 : to - 2;
            var lastOdd = (to - 1) % 2 == 1 ? to - 1 : to - 2;
            Assert.Contains(new ChartPoint(lastEven, lastEven), reduced);
            Assert.Contains(new ChartPoint(lastOdd, -lastOdd), reduced);
        }
    }

    [Fact]
    public void A_limit_below_four_points_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CurveDownsampler.Downsample([new(0, 0)], 3));
        Assert.Equal("maxPoints", error.ParamName);
    }
}
