using FsCheck.Xunit;
using Hive.Core.Orders;
using Hive.Core.Surveillance;
using static Hive.Core.Tests.Surveillance.SurveillanceData;

namespace Hive.Core.Tests.Surveillance;

public class BenfordDetectorTests
{
    private static readonly BenfordDetector Detector = new(BenfordParameters.Default);

    /// <summary>Sizes 10^u for u uniform on [0, 4): a log-uniform spread, which follows Benford's law.</summary>
    private static IEnumerable<SurveilledTrade> NaturalSizes(int count, int seed = 7)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i =>
            Trade($"t{i:0000}", "acc", OrderSide.Buy, Math.Round((decimal)Math.Pow(10, 4 * random.NextDouble()), 2), 100m, T0.AddSeconds(i)));
    }

    [Theory]
    [InlineData(0.052, 5)]
    [InlineData(1200, 1)]
    [InlineData(9.99, 9)]
    [InlineData(0, 0)]
    public void The_first_digit_is_the_first_significant_one(double size, int digit) =>
        Assert.Equal(digit, BenfordLaw.FirstDigit((decimal)size));

    [Fact]
    public void Benford_probabilities_sum_to_one_and_start_at_thirty_percent()
    {
        Assert.Equal(1.0, BenfordLaw.Expected.Sum(), 12);
        Assert.Equal(0.30103, BenfordLaw.Expected[0], 5);
    }

    [Fact]
    public void Sizes_that_all_start_with_five_fail_the_test_for_the_venue_and_the_account()
    {
        var trades = Enumerable.Range(0, 200).Select(i => Trade($"t{i:0000}", "acc", OrderSide.Buy, 500m, 100m, T0.AddSeconds(i)));

        var alerts = Detector.Detect(Input(trades: trades)).ToList();

        Assert.Equal(["benford:account:acc:20240306", "benford:venue:SIM:20240306"], alerts.Select(a => a.Id));
        var alert = alerts[0];
        Assert.Equal("chi-square", alert.StatisticName);
        Assert.True(alert.Statistic > 26.12m, $"chi-square {alert.Statistic}");
        Assert.Equal((200m, 200m), (alert.Figures["sample"], alert.Figures["observed-5"]));
        Assert.Equal(60.21m, alert.Figures["expected-1"]);
        Assert.Equal(BenfordParameters.Default.EvidenceLimit, alert.Evidence.Count);
    }

    [Fact]
    public void Log_uniform_sizes_pass_the_test()
    {
        Assert.Empty(Detector.Detect(Input(trades: NaturalSizes(2000))));
    }

    [Fact]
    public void A_sample_below_the_minimum_is_not_judged_however_odd()
    {
        var trades = Enumerable.Range(0, BenfordParameters.Default.MinSample - 1).Select(i => Trade($"t{i}", "acc", OrderSide.Buy, 500m, 100m, T0));

        Assert.Empty(Detector.Detect(Input(trades: trades)));
    }

    [Property(MaxTest = 50)]
    public bool The_statistic_is_zero_only_for_counts_in_benford_proportion_and_positive_otherwise(byte digit)
    {
        var counts = new int[9];
        counts[digit % 9] = 100;
        var (chiSquare, pValue) = BenfordLaw.Test(counts);
        return chiSquare > 0 && pValue < 0.001;
    }
}
