using System.Globalization;
using System.Text;
using Hive.Data.Import;

namespace Hive.Data.Tests;

public sealed class FastNumberTests
{
    [Fact]
    public void The_fast_path_returns_the_same_double_as_the_framework_parser()
    {
        var random = new Random(5);
        for (var i = 0; i < 100_000; i++)
        {
            var decimals = random.Next(0, 9);
            var text = Math.Round(random.NextDouble() * Math.Pow(10, random.Next(0, 8)), decimals).ToString("F" + decimals, CultureInfo.InvariantCulture);
            if (random.Next(4) == 0) text = "-" + text;
            Assert.True(FastNumber.TryParse(Encoding.UTF8.GetBytes(text), out var fast), text);
            Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), fast);
        }
    }

    [Theory]
    [InlineData("1e5")]
    [InlineData("12345678901234567890")]
    [InlineData("1.2.3")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("abc")]
    public void Anything_but_a_plain_short_decimal_is_left_to_the_general_parser(string text) =>
        Assert.False(FastNumber.TryParse(Encoding.UTF8.GetBytes(text), out _));
}
