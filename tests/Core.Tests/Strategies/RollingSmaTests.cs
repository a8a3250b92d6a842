using Hive.Core.Strategies;

namespace Hive.Core.Tests.Strategies;

public class RollingSmaTests
{
    [Fact]
    public void The_incremental_average_equals_the_plain_mean_of_the_last_period_values()
    {
        var values = Enumerable.Range(0, 200).Select(i => (decimal)Math.Round(100 + 10 * Math.Sin(i / 7.0), 2)).ToArray();
        var sma = new RollingSma(13);
        for (var i = 0; i < values.Length; i++)
        {
            sma.Add(values[i]);
            Assert.Equal(i >= 12, sma.IsReady);
            if (sma.IsReady) Assert.Equal(values.Skip(i - 12).Take(13).Average(), sma.Value);
        }
    }

    [Fact]
    public void A_period_below_one_is_refused() =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new RollingSma(0)).ParamName);
}
