using Hive.Core.MarketData;

namespace Hive.Core.Tests.MarketData;

public sealed class BarIntervalTests
{
    [Theory]
    [InlineData("1m", BarUnit.Minute, 1)]
    [InlineData("15m", BarUnit.Minute, 15)]
    [InlineData("4h", BarUnit.Hour, 4)]
    [InlineData("1d", BarUnit.Day, 1)]
    [InlineData("1w", BarUnit.Week, 1)]
    [InlineData("1mo", BarUnit.Month, 1)]
    [InlineData("500vol", BarUnit.Volume, 500)]
    public void Intervals_parse_and_print_back_the_same_text(string text, BarUnit unit, long count)
    {
        var interval = BarInterval.Parse(text);
        Assert.Equal(new BarInterval(unit, count), interval);
        Assert.Equal(text, interval.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("m")]
    [InlineData("0m")]
    [InlineData("5x")]
    [InlineData("-1d")]
    public void Malformed_intervals_are_refused_with_the_text_in_the_message(string text)
    {
        Assert.False(BarInterval.TryParse(text, out _, out var error));
        Assert.Contains($"'{text}'", error);
    }
}
