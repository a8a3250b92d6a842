using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Risk;

namespace Hive.Core.Tests.Risk;

public sealed class JointReturnsTests
{
    private static readonly DateTime Day1 = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Daily closes on the given day numbers (1 = <see cref="Day1"/>).</summary>
    internal static BarSeries Closes(string symbol, params (int Day, double Close)[] rows)
    {
        var series = BarSeries.Allocate(new InstrumentId("SIM", symbol), BarInterval.OneDay, rows.Length, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            series.Times[i] = BarSeries.ToUnixMs(Day1.AddDays(rows[i].Day - 1));
            (series.Open[i], series.High[i], series.Low[i], series.Close[i], series.Volume[i]) = (rows[i].Close, rows[i].Close, rows[i].Close, rows[i].Close, 1);
        }
        return series;
    }

    // A has days 1-4, B days 1, 3, 4, 5: they share 1, 3 and 4.
    // A: 100, 99, 99 -> -0.01, 0. B: 50, 55, 44 -> 0.1, -0.2.
    private static readonly JointReturns Pair = JointReturns.FromCloses([
        Closes("A", (1, 100), (2, 110), (3, 99), (4, 99)),
        Closes("B", (1, 50), (3, 55), (4, 44), (5, 60)),
    ]);

    [Fact]
    public void Returns_run_between_the_dates_every_instrument_has()
    {
        Assert.Equal([new DateOnly(2024, 1, 3), new DateOnly(2024, 1, 4)], Pair.Dates);
        Assert.Equal(-0.01, Pair.ByInstrument[0][0], 1e-15);
        Assert.Equal(0, Pair.ByInstrument[0][1], 1e-15);
        Assert.Equal(0.1, Pair.ByInstrument[1][0], 1e-15);
        Assert.Equal(-0.2, Pair.ByInstrument[1][1], 1e-15);
    }

    [Fact]
    public void The_portfolio_return_is_the_weighted_sum_of_the_instruments_returns()
    {
        // Equal: (-0.01 + 0.1) / 2 = 0.045 and (0 - 0.2) / 2 = -0.1.
        var equal = Pair.Portfolio(Pair.EqualWeights());
        Assert.Equal(0.045, equal[0], 1e-15);
        Assert.Equal(-0.1, equal[1], 1e-15);
        // 2, -1: -0.02 - 0.1 = -0.12 and 0 + 0.2 = 0.2.
        var hedged = Pair.Portfolio([2, -1]);
        Assert.Equal(-0.12, hedged[0], 1e-15);
        Assert.Equal(0.2, hedged[1], 1e-15);
    }

    [Fact]
    public void Weights_must_be_one_finite_number_per_instrument_not_summing_to_zero()
    {
        Assert.Contains("1 weight(s) for 2 instrument(s)", Assert.Throws<ArgumentException>(() => Pair.Portfolio([1])).Message);
        Assert.Contains("NaN is not a finite number", Assert.Throws<ArgumentException>(() => Pair.Portfolio([1, double.NaN])).Message);
        Assert.Contains("Infinity is not a finite number", Assert.Throws<ArgumentException>(() => Pair.Portfolio([double.PositiveInfinity, 1])).Message);
        Assert.Contains("sum to zero", Assert.Throws<ArgumentException>(() => Pair.Portfolio([1, -1])).Message);
    }

    [Fact]
    public void Instruments_without_a_shared_date_are_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => JointReturns.FromCloses([Closes("A", (1, 100), (2, 101)), Closes("B", (3, 50), (4, 51))]));
        Assert.Contains("no shared dates", error.Message);
        Assert.Contains("SIM:A (2024-01-01 to 2024-01-02)", error.Message);
        Assert.Contains("SIM:B (2024-01-03 to 2024-01-04)", error.Message);
    }
}
