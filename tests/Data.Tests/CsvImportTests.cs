using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Import;

namespace Hive.Data.Tests;

public sealed class CsvImportTests : IDisposable
{
    private readonly ImportFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Sample_layout_rows_arrive_in_the_lake_with_their_values()
    {
        var report = await _fixture.ImportCsvAsync("date,open,high,low,close,volume\n2020-01-02,10,12,9,11,1000\n2020-01-03,11,13,10,12.5,2000\n");
        Assert.Equal(2, report.Accepted);
        Assert.Equal(2, report.Written);
        var bars = await _fixture.Lake.ReadBarsAsync(_fixture.Series());
        Assert.Equal(2, bars.Count);
        Assert.Equal(new DateTime(2020, 1, 3, 0, 0, 0, DateTimeKind.Utc), bars.TimeAt(1));
        var bar = bars.ToBar(1);
        Assert.Equal((11m, 13m, 10m, 12.5m, 2000m), (bar.Open, bar.High, bar.Low, bar.Close, bar.Volume));
    }

    [Fact]
    public async Task Yahoo_layout_uses_close_and_ignores_adjusted_close()
    {
        var report = await _fixture.ImportCsvAsync("Date,Open,High,Low,Close,Adj Close,Volume\n2020-01-02,10,12,9,11,5.5,1000\n");
        Assert.Equal(1, report.Written);
        var bars = await _fixture.Lake.ReadBarsAsync(_fixture.Series());
        Assert.Equal(11.0, bars.Close[0]);
        Assert.Equal(1000.0, bars.Volume[0]);
    }

    [Fact]
    public async Task Generic_layout_is_imported_through_a_column_mapping()
    {
        var report = await _fixture.ImportCsvAsync("when,a,b,c,d,qty\n1577923200,10,12,9,11,7\n", map: "ts=when,open=a,high=b,low=c,close=d,volume=qty");
        Assert.Equal(1, report.Written);
        var bars = await _fixture.Lake.ReadBarsAsync(_fixture.Series());
        Assert.Equal(new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc), bars.TimeAt(0));
        Assert.Equal((10.0, 12.0, 9.0, 11.0, 7.0), (bars.Open[0], bars.High[0], bars.Low[0], bars.Close[0], bars.Volume[0]));
    }

    [Theory]
    [InlineData("1577923200", "2020-01-02T00:00:00")]
    [InlineData("1577923200000", "2020-01-02T00:00:00")]
    [InlineData("1577923200.5", "2020-01-02T00:00:00.5")]
    [InlineData("2020-01-02T14:30:00Z", "2020-01-02T14:30:00")]
    [InlineData("2020-01-02 14:30:00.250", "2020-01-02T14:30:00.25")]
    [InlineData("2020-01-02T16:30:00+02:00", "2020-01-02T14:30:00")]
    [InlineData("Jan 2 2020", "2020-01-02T00:00:00")]
    [InlineData("20200102", "2020-01-02T00:00:00")]
    [InlineData("99999999", "1973-03-03T09:46:39")]
    public void Timestamps_in_epoch_and_iso_forms_parse_to_the_same_utc_instant(string text, string expected)
    {
        Assert.True(TimestampParser.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out var ms));
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal),
            DateTime.UnixEpoch.AddMilliseconds(ms));
    }

    [Theory]
    [InlineData("2020-13-01")]
    [InlineData("2020-02-30")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void Impossible_timestamps_do_not_parse(string text) =>
        Assert.False(TimestampParser.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public async Task Price_only_files_fill_open_high_low_from_close_and_volume_with_zero()
    {
        var report = await _fixture.ImportCsvAsync("date,price\nJan 1 2000,39.81\nFeb 1 2000,36.35\n", map: "ts=date,close=price", interval: "1mo");
        Assert.Equal(2, report.Written);
        var bars = await _fixture.Lake.ReadBarsAsync(_fixture.Series("1mo"));
        Assert.Equal((36.35, 36.35, 36.35, 36.35, 0.0), (bars.Open[1], bars.High[1], bars.Low[1], bars.Close[1], bars.Volume[1]));
    }

    [Fact]
    public async Task Json_lines_are_imported_with_the_same_rules()
    {
        var json = "{\"ts\":\"2020-01-02T00:00:00Z\",\"open\":10,\"high\":12,\"low\":9,\"close\":11,\"volume\":5}\n" +
                   "{\"ts\":1578009600000,\"open\":\"11\",\"high\":13,\"low\":10,\"close\":12,\"volume\":6}\n" +
                   "{\"ts\":\"2020-01-06T00:00:00Z\",\"open\":10,\"high\":8,\"low\":9,\"close\":11,\"volume\":5}\n";
        var report = await _fixture.ImportCsvAsync(json, format: ImportFormat.JsonLines);
        Assert.Equal(2, report.Written);
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal(3, rejected.Line);
        Assert.Contains("high 8 < low 9", rejected.Reason);
    }

    [Fact]
    public async Task Parquet_files_from_other_producers_are_imported_by_column_name()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "bars.parquet");
        var time = new Parquet.Schema.DataField<DateTime>("Date");
        var close = new Parquet.Schema.DataField<decimal>("Close");
        var volume = new Parquet.Schema.DataField<long>("Volume");
        await using (var stream = File.Create(path))
        await using (var writer = await Parquet.ParquetWriter.CreateAsync(new Parquet.Schema.ParquetSchema(time, close, volume), stream))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(time, new ReadOnlyMemory<DateTime>([new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc), new DateTime(2020, 1, 3, 0, 0, 0, DateTimeKind.Utc)]));
            await group.WriteAsync(close, new ReadOnlyMemory<decimal>([11.25m, 12.5m]));
            await group.WriteAsync(volume, new ReadOnlyMemory<long>([100, 200]));
        }
        var report = await _fixture.Importer.ImportFileAsync(path, new ImportRequest(ImportFixture.Instrument, AssetClass.Stock, BarInterval.OneDay));
        Assert.Equal(2, report.Written);
        var bars = await _fixture.Lake.ReadBarsAsync(_fixture.Series());
        Assert.Equal([11.25, 12.5], bars.Close.Take(2));
        Assert.Equal(new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc), bars.TimeAt(0));
    }

    [Fact]
    public async Task Progress_is_reported_up_to_completion()
    {
        var values = new List<double>();
        var progress = new SynchronousProgress(values.Add);
        var csv = "date,open,high,low,close,volume\n" + string.Join("\n", Enumerable.Range(0, 70_000).Select(i => $"{1_500_000_000 + i * 60},1,1,1,1,1"));
        var report = await _fixture.Importer.ImportAsync(System.Text.Encoding.UTF8.GetBytes(csv), "big.csv",
            new ImportRequest(ImportFixture.Instrument, AssetClass.Crypto, BarInterval.OneMinute), progress);
        Assert.Equal(70_000, report.Written);
        Assert.True(values.Count >= 2);
        Assert.Equal(1.0, values[^1]);
    }

    private sealed class SynchronousProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
