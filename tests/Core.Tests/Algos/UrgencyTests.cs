using Hive.Core.Algos;
using static Hive.Core.Tests.Algos.AlgoFixtures;

namespace Hive.Core.Tests.Algos;

/// <summary><c>urgency</c>: one pace factor (low 0.5, normal 1, high 2) for every algorithm, worked by hand.</summary>
public sealed class UrgencyTests
{
    private static IReadOnlyList<ScheduledSlice> Planned(ExecutionParameters parameters, ScheduleBasis? basis = null) =>
        ExecutionPlanner.Plan("p", parameters, Stock, 100m, basis ?? ScheduleBasis.None).Schedule;

    [Fact]
    public void Normal_urgency_is_the_default_and_leaves_every_schedule_as_planned()
    {
        var parameters = Parse("twap", 1000m, Start, Start.AddMinutes(60), ("slices", "5"));

        Assert.Equal(ExecutionUrgency.Normal, parameters.Urgency);
        Assert.Equal(TwapSchedule.Build(parameters, Stock), Planned(parameters with { Urgency = ExecutionUrgency.Normal }));
        Assert.Equal(Planned(parameters), Planned(Parse("twap", 1000m, Start, Start.AddMinutes(60), ("slices", "5"), ("urgency", "normal"))));
    }

    [Fact]
    public void High_urgency_starts_a_twap_at_twice_its_rate_and_tapers_to_the_same_total()
    {
        // Cumulative 0.2, 0.4, 0.6, 0.8, 1 becomes 1 - (1 - s)^2: 0.36, 0.64, 0.84, 0.96, 1.
        var slices = Planned(Parse("twap", 1000m, Start, Start.AddMinutes(60), ("slices", "5"), ("urgency", "high")));

        Assert.Equal([0, 15, 30, 45, 60], slices.Select(s => (s.Time - Start).TotalMinutes));
        Assert.Equal([360m, 280m, 200m, 120m, 40m], slices.Select(s => s.Quantity));
    }

    [Fact]
    public void Low_urgency_starts_a_twap_at_half_its_rate_and_leaves_more_for_the_end()
    {
        // 1 - sqrt(1 - s): 0.1056, 0.2254, 0.3675, 0.5528, 1, floored to lots: 105, 225, 367, 552, 1000.
        var slices = Planned(Parse("twap", 1000m, Start, Start.AddMinutes(60), ("slices", "5"), ("urgency", "low")));

        Assert.Equal([105m, 120m, 142m, 185m, 448m], slices.Select(s => s.Quantity));
        Assert.Equal(1000m, slices.Sum(s => s.Quantity));
    }

    [Fact]
    public void Urgency_reshapes_a_vwap_profile_the_same_way()
    {
        // Buckets weighted 1 : 3: normal 25, 75; high 1 - 0.75^2 = 0.4375 -> 43, 57; low 1 - sqrt(0.75) = 0.134 -> 13, 87.
        var profile = new VolumeProfile(new Dictionary<TimeSpan, decimal> { [Start.TimeOfDay] = 0.25m, [Start.AddMinutes(1).TimeOfDay] = 0.75m }, 1);
        var basis = new ScheduleBasis(Minute) { Profile = profile };
        ExecutionParameters Vwap(string urgency) => Parse("vwap", 100m, Start, Start.AddMinutes(1), ("urgency", urgency));

        Assert.Equal([25m, 75m], Planned(Vwap("normal"), basis).Select(s => s.Quantity));
        Assert.Equal([43m, 57m], Planned(Vwap("high"), basis).Select(s => s.Quantity));
        Assert.Equal([13m, 87m], Planned(Vwap("low"), basis).Select(s => s.Quantity));
    }

    [Fact]
    public void High_urgency_front_loads_the_almgren_chriss_trajectory_further()
    {
        // kappa 0.1 per bar over 10 bars: 1,265 first at normal urgency (0.1265 done); high: 1 - 0.8735^2 = 0.2370 -> 2,369.
        (string, string)[] shortfall = [("risk-aversion", "0.0001"), ("volatility", "0.01"), ("impact", "0.01")];
        var basis = new ScheduleBasis(Minute) { Market = new MarketHistory(100m, 50_000m, 0.05) };
        var normal = Planned(Parse("is", 10_000m, Start, Start.AddMinutes(10), shortfall), basis);
        var high = Planned(Parse("is", 10_000m, Start, Start.AddMinutes(10), [.. shortfall, ("urgency", "high")]), basis);

        Assert.Equal(1265m, normal[0].Quantity);
        Assert.Equal(2369m, high[0].Quantity);
        var done = 0m;
        for (var k = 0; k < normal.Count; k++)
        {
            done += normal[k].Quantity;
            var left = 1m - done / 10_000m;
            Assert.Equal(Math.Floor(10_000m * (1m - left * left)), high.Take(k + 1).Sum(s => s.Quantity));
        }
        Assert.Equal(normal.Select(s => s.Time), high.Select(s => s.Time));
    }

    [Fact]
    public void Urgency_paces_pov_participation_within_one_and_its_default_cap_follows()
    {
        ExecutionParameters Pov(string participation, string urgency) =>
            Parse("pov", 1000m, Start, Start.AddMinutes(60), ("participation", participation), ("min-participation", "0.02"), ("urgency", urgency));

        Assert.Equal((0.2m, 0.04m, 0.4m), Shares(Pov("0.1", "high")));
        Assert.Equal((0.05m, 0.01m, 0.1m), Shares(Pov("0.1", "low")));
        Assert.Equal((1m, 0.04m, 1m), Shares(Pov("0.8", "high")));
        static (decimal, decimal, decimal) Shares(ExecutionParameters p) => (p.Participation, p.MinParticipation, p.MaxChildShare);
    }

    [Fact]
    public void Urgency_paces_an_icebergs_display_in_whole_lots_never_below_one()
    {
        Assert.Equal(200m, Parse("iceberg", 1000m, Start, Start.AddMinutes(60), ("display", "100"), ("urgency", "high")).Display);
        Assert.Equal(50m, Parse("iceberg", 1000m, Start, Start.AddMinutes(60), ("display", "100"), ("urgency", "low")).Display);
        Assert.Equal(1m, Parse("iceberg", 1000m, Start, Start.AddMinutes(60), ("display", "1"), ("urgency", "low")).Display);
    }

    [Theory]
    [InlineData("twap")]
    [InlineData("pov")]
    [InlineData("iceberg")]
    public void An_unknown_urgency_is_refused_naming_urgency(string algo)
    {
        var refused = Assert.Throws<ArgumentException>(() => Parse(algo, 1000m, Start, Start.AddMinutes(60), ("urgency", "asap")));
        Assert.Equal("parameter urgency must be low, normal or high, got 'asap'", refused.Message);
    }
}
