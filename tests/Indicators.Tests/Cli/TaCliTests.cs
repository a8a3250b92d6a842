using System.Globalization;
using System.Text.Json;
using Hive.Indicators.Cli;
using Hive.Indicators.Io;
using Hive.Indicators.Tests.Golden;

namespace Hive.Indicators.Tests.Cli;

public sealed class TaCliTests
{
    private static readonly string Sample = GoldenData.DataFile("sp500-daily.csv");

    [Theory]
    [InlineData("RSI", "default")]
    [InlineData("MACD", "alt")]
    [InlineData("MININDEX", "default")]
    public void Compute_on_the_sample_csv_reproduces_the_golden_file(string function, string variant)
    {
        var golden = GoldenData.Manifest(variant)[function];
        var parameters = golden.Parameters.Select(p => $"{p.Key}={p.Value.ToString(CultureInfo.InvariantCulture)}").ToArray();
        var path = Path.Combine(Path.GetTempPath(), $"hive-ta-{Guid.NewGuid():N}.csv");
        try
        {
            var error = new StringWriter();
            Assert.Equal(TaCli.Ok, TaCli.Compute(TextWriter.Null, error, function, Sample, parameters, path));
            Assert.Equal("", error.ToString());
            var written = File.ReadAllLines(path);
            var expected = File.ReadAllLines(Path.Combine(GoldenData.Directory(variant), function + ".csv"));
            Assert.Equal(expected.Length, written.Length);
            Assert.Equal(expected[0], written[0]);
            for (var r = 1; r < expected.Length; r++)
            {
                var want = expected[r].Split(',');
                var got = written[r].Split(',');
                Assert.Equal(want[0], got[0]);
                for (var c = 1; c < want.Length; c++)
                {
                    if (want[c].Length == 0)
                    {
                        Assert.Equal("", got[c]);
                        continue;
                    }
                    var a = double.Parse(want[c], CultureInfo.InvariantCulture);
                    var b = double.Parse(got[c], CultureInfo.InvariantCulture);
                    Assert.True(GoldenCheck.Close(b, a, false), $"row {r} column {c}: {got[c]} vs {want[c]}");
                }
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Unknown_function_is_exit_code_2_with_a_message()
    {
        var error = new StringWriter();
        Assert.Equal(TaCli.UsageError, TaCli.Compute(TextWriter.Null, error, "NOPE", Sample, [], null));
        Assert.Contains("unknown function 'NOPE'", error.ToString());
    }

    [Fact]
    public void Unknown_parameter_is_exit_code_2_naming_the_known_ones()
    {
        var error = new StringWriter();
        Assert.Equal(TaCli.UsageError, TaCli.Compute(TextWriter.Null, error, "SMA", Sample, ["optInWindow=5"], null));
        Assert.Contains("no parameter 'optInWindow' (known: optInTimePeriod)", error.ToString());
    }

    [Fact]
    public void Parameter_without_equals_sign_is_rejected()
    {
        var error = new StringWriter();
        Assert.Equal(TaCli.UsageError, TaCli.Compute(TextWriter.Null, error, "SMA", Sample, ["optInTimePeriod"], null));
        Assert.Contains("name=value", error.ToString());
    }

    [Fact]
    public void Malformed_row_is_reported_with_its_line_number()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hive-ta-bad-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "date,open,high,low,close,volume\n2020-01-01,1,2,0.5,1.5,100\n2020-01-02,1,2,0.5,oops,100\n");
        try
        {
            var error = new StringWriter();
            Assert.Equal(TaCli.UsageError, TaCli.Compute(TextWriter.Null, error, "SMA", path, [], null));
            Assert.Contains("line 3: column 'close' is not a number ('oops')", error.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_header_columns_are_named()
    {
        var error = Assert.Throws<FormatException>(() => BarCsv.Read(new StringReader("date,open,close\n2020-01-01,1,2\n")));
        Assert.Contains("high, low, volume", error.Message);
    }

    [Fact]
    public void Moving_average_type_can_be_given_by_name()
    {
        var output = new StringWriter();
        Assert.Equal(TaCli.Ok, TaCli.Compute(output, TextWriter.Null, "ma", Sample, ["optInTimePeriod=3", "optInMAType=Ema"], null));
        var byNumber = new StringWriter();
        TaCli.Compute(byNumber, TextWriter.Null, "MA", Sample, ["optInTimePeriod=3", "optInMAType=1"], null);
        Assert.Equal(byNumber.ToString(), output.ToString());
    }

    [Fact]
    public void List_as_json_describes_every_function()
    {
        var output = new StringWriter();
        Assert.Equal(TaCli.Ok, TaCli.List(output, TextWriter.Null, null, true));
        using var doc = JsonDocument.Parse(output.ToString());
        Assert.Equal(161, doc.RootElement.GetArrayLength());
        var bbands = doc.RootElement.EnumerateArray().Single(e => e.GetProperty("name").GetString() == "BBANDS");
        Assert.Equal(4, bbands.GetProperty("parameters").GetArrayLength());
    }

    [Fact]
    public void List_filters_by_group_and_rejects_an_unknown_group()
    {
        var output = new StringWriter();
        Assert.Equal(TaCli.Ok, TaCli.List(output, TextWriter.Null, "cycle", false));
        Assert.Equal(5, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var error = new StringWriter();
        Assert.Equal(TaCli.UsageError, TaCli.List(TextWriter.Null, error, "astrology", false));
        Assert.Contains("no function in group 'astrology'", error.ToString());
    }
}
