using Hive.Core.Algos;
using Hive.Core.MarketData;
using static Hive.Core.Tests.Algos.AlgoFixtures;

namespace Hive.Core.Tests.Algos;

public sealed class ScheduleTests
{
    [Fact]
    public void Twap_of_1000_in_5_slices_over_60_minutes_is_200_every_15_minutes_starting_at_0()
    {
        var slices = TwapSchedule.Build(Parse("twap", 1000m, Start, Start.AddMinutes(60), ("slices", "5")), Stock);

        Assert.Equal([0, 15, 30, 45, 60], slices.Select(s => (s.Time - Start).TotalMinutes));
        Assert.All(slices, s => Assert.Equal(200m, s.Quantity));
    }

    [Fact]
    public void Twap_puts_the_lot_rounding_remainder_in_the_last_slice()
    {
        var slices = TwapSchedule.Build(Parse("twap", 1003m, Start, Start.AddMinutes(60), ("slices", "5")), Stock);

        Assert.Equal([200m, 200m, 200m, 200m, 203m], slices.Select(s => s.Quantity));
    }

    [Fact]
    public void Twap_of_one_slice_sends_everything_at_start()
    {
        var slices = TwapSchedule.Build(Parse("twap", 7m, Start, Start.AddMinutes(60), ("slices", "1")), Stock);

        Assert.Equal([new ScheduledSlice(Start, 7m)], slices);
    }

    [Fact]
    public void Twap_randomised_from_a_seed_repeats_adds_up_and_stays_within_its_bounds()
    {
        var end = Start.AddMinutes(100);
        for (var seed = 1; seed <= 50; seed++)
        {
            var parameters = Parse("twap", 1000m, Start, end, ("slices", "10"), ("randomise", "0.2"), ("seed", seed.ToString()));
            var slices = TwapSchedule.Build(parameters, Stock);

            Assert.Equal(slices, TwapSchedule.Build(parameters, Stock));
            Assert.Equal(1000m, slices.Sum(s => s.Quantity));
            Assert.Equal(Start, slices[0].Time);
            for (var i = 0; i < slices.Count; i++)
            {
                var planned = Start.AddMinutes(100.0 / 9 * i);
                Assert.InRange(Math.Abs((slices[i].Time - planned).TotalMinutes), 0, 0.2 * 100.0 / 9 + 1e-6);
                Assert.True(slices[i].Time <= end);
                if (i < slices.Count - 1) Assert.InRange(slices[i].Quantity, 80m, 120m);
                if (i > 0) Assert.True(slices[i].Time > slices[i - 1].Time);
            }
        }
        var one = TwapSchedule.Build(Parse("twap", 1000m, Start, end, ("slices", "10"), ("randomise", "0.2"), ("seed", "1")), Stock);
        var two = TwapSchedule.Build(Parse("twap", 1000m, Start, end, ("slices", "10"), ("randomise", "0.2"), ("seed", "2")), Stock);
        Assert.NotEqual(one, two);
    }

    [Fact]
    public void Twap_with_more_slices_than_lots_is_refused_naming_slices()
    {
        var e = Assert.Throws<ArgumentException>(() => TwapSchedule.Build(Parse("twap", 3m, Start, Start.AddMinutes(60), ("slices", "5")), Stock));
        Assert.Contains("slices", e.Message);
    }

    [Theory]
    [InlineData(0.1, 10.0, 3.0)]
    [InlineData(0.5, 10.0, 9.5)]
    [InlineData(0.01, 390.0, 17.0)]
    public void Almgren_Chriss_holdings_are_the_closed_form(double kappa, double horizon, double t)
    {
        Assert.Equal(Math.Sinh(kappa * (horizon - t)) / Math.Sinh(kappa * horizon), AlmgrenChriss.Holding(kappa, horizon, t), 12);
    }

    [Fact]
    public void Almgren_Chriss_stays_finite_where_sinh_overflows()
    {
        // kT = 1000: sinh overflows a double, the trajectory is e^{-kt} to within e^{-2k(T-t)}.
        Assert.Equal(Math.Exp(-2.0 * 3), AlmgrenChriss.Holding(2.0, 500, 3), 12);
        Assert.Equal(1.0, AlmgrenChriss.Holding(2.0, 500, 0));
        Assert.Equal(0.0, AlmgrenChriss.Holding(2.0, 500, 500));
    }

    [Fact]
    public void Implementation_shortfall_slices_follow_the_closed_form_trajectory()
    {
        // lambda 1e-4, sigma 1% of 100 = 1 per sqrt(bar), eta 0.01: kappa = sqrt(1e-4 * 1 / 0.01) = 0.1 per bar; T = 10 bars.
        var parameters = Parse("is", 10_000m, Start, Start.AddMinutes(10), ("risk-aversion", "0.0001"), ("volatility", "0.01"), ("impact", "0.01"));
        var history = new MarketHistory(100m, 50_000m, 0.05);

        var slices = ShortfallSchedule.Build(parameters, Stock, history, Minute);

        Assert.Equal(0.1, ShortfallSchedule.Kappa(parameters, history), 12);
        Assert.Equal(Enumerable.Range(0, 10).Select(k => Start.AddMinutes(k)), slices.Select(s => s.Time));
        var done = 0m;
        for (var k = 1; k <= 10; k++)
        {
            done += slices[k - 1].Quantity;
            var closedForm = 10_000 * (1 - Math.Sinh(0.1 * (10 - k)) / Math.Sinh(0.1 * 10));
            Assert.Equal(Math.Floor(closedForm), (double)done);
        }
        // By hand: 10,000 x (1 - sinh(0.9)/sinh(1)) = 10,000 x (1 - 1.026517/1.175201) = 1,265.2.
        Assert.Equal(1265m, slices[0].Quantity);
        Assert.True(slices[0].Quantity > slices[^1].Quantity, "a risk-averse seller front-loads");
    }

    [Fact]
    public void Implementation_shortfall_without_risk_aversion_is_a_straight_line()
    {
        var parameters = Parse("is", 1000m, Start, Start.AddMinutes(10), ("risk-aversion", "0"), ("volatility", "0.01"), ("impact", "0.01"));

        var slices = ShortfallSchedule.Build(parameters, Stock, new MarketHistory(100m, 1000m, 0.01), Minute);

        Assert.All(slices, s => Assert.Equal(100m, s.Quantity));
    }

    [Fact]
    public void Implementation_shortfall_learns_volatility_and_derives_impact_from_history()
    {
        var bars = new[] { 100m, 101m, 99m, 100m }.Select((c, i) => new Bar(Stock.Id, Start.AddMinutes(i - 4), BarInterval.OneMinute, c, c, c, c, 2000m)).ToList();
        var history = MarketHistory.Learn(bars, 100);
        var returns = new[] { 0.01, 99.0 / 101 - 1, 100.0 / 99 - 1 };
        var mean = returns.Average();
        var sd = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / 2);

        Assert.Equal((100m, 2000m), (history.LastPrice, history.AverageVolume));
        Assert.Equal(sd, history.Volatility, 12);
        // Default eta = 5 bps x 100 / (1% x 2,000) = 0.0025; kappa = sqrt(1e-6 x (sd x 100)^2 / 0.0025).
        var parameters = Parse("is", 1000m, Start, Start.AddMinutes(10));
        Assert.Equal(Math.Sqrt(1e-6 * Math.Pow(sd * 100, 2) / 0.0025), ShortfallSchedule.Kappa(parameters, history), 12);
    }

    [Fact]
    public void Vwap_intraday_slices_follow_the_average_share_of_daily_volume_per_bucket()
    {
        // Two days of four hourly buckets: shares .4/.2/.2/.2 and .6/.2/.1/.1, average .5/.2/.15/.15.
        var day1 = new DateTime(2024, 1, 1, 14, 0, 0, DateTimeKind.Utc);
        var history = new List<Bar>();
        foreach (var (day, volumes) in new[] { (day1, new[] { 40m, 20m, 20m, 20m }), (day1.AddDays(1), new[] { 60m, 20m, 10m, 10m }) })
            for (var h = 0; h < 4; h++) history.Add(new Bar(Stock.Id, day.AddHours(h), BarInterval.OneHour, 10m, 10m, 10m, 10m, volumes[h]));
        var start = day1.AddDays(2);
        var parameters = Parse("vwap", 1000m, start, start.AddHours(3));

        var slices = VwapSchedule.Build(parameters, Stock, history, TimeSpan.FromHours(1));

        Assert.Equal([new(start, 500m), new(start.AddHours(1), 200m), new(start.AddHours(2), 150m), new ScheduledSlice(start.AddHours(3), 150m)], slices);
    }

    [Fact]
    public void Vwap_on_daily_bars_weights_each_bar_of_the_window_by_its_average_share_in_past_windows()
    {
        // Crypto trades every day. Past two-day windows (newest first): 200,200 -> .5/.5 and 100,300 -> .25/.75; average .375/.625.
        var first = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var history = new[] { 100m, 300m, 200m, 200m }.Select((v, i) => new Bar(Coin.Id, first.AddDays(i), BarInterval.OneDay, 10m, 10m, 10m, 10m, v)).ToList();
        var start = first.AddDays(4);
        var parameters = ExecutionCatalog.Parse("vwap", Hive.Core.Orders.OrderSide.Buy, 0.8m, start, start.AddDays(1), new Dictionary<string, string>(), Coin);

        var slices = VwapSchedule.Build(parameters, Coin, history, TimeSpan.FromDays(1));

        Assert.Equal([new(start, 0.3m), new ScheduledSlice(start.AddDays(1), 0.5m)], slices);
    }

    [Fact]
    public void Vwap_without_history_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => VwapSchedule.Build(Parse("vwap", 1000m, Start, Start.AddHours(1)), Stock, [], Minute));
        Assert.Contains("before start", e.Message);
    }
}
