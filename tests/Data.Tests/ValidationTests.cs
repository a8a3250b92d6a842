using System.Text;
using Hive.Core.Instruments;
using Hive.Data.Import;

namespace Hive.Data.Tests;

public sealed class ValidationTests : IDisposable
{
    private const string Header = "date,open,high,low,close,volume\n";
    private readonly ImportFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [InlineData("2020-01-03,11,abc,10,12,5", "high: 'abc' is not a number")]
    [InlineData("2020-01-03,11,12,10,12,", "volume: '' is not a number")]
    [InlineData("not-a-date,11,12,10,12,5", "date: 'not-a-date' is not a timestamp")]
    [InlineData("2020-01-03,11,10,12,11,5", "high 10 < low 12")]
    [InlineData("2020-01-03,11,12,10,13,5", "close 13 outside [low 10, high 12]")]
    [InlineData("2020-01-03,9,12,10,11,5", "open 9 outside [low 10, high 12]")]
    [InlineData("2020-01-03,11,12,10,11,-5", "negative volume -5")]
    [InlineData("2020-01-03,11,12,10", "expected 6 fields as in the header, found 4")]
    [InlineData("2020-01-02,11,12,10,11,5", "duplicate timestamp 2020-01-02T00:00:00Z (first on line 2)")]
    [InlineData("2020-01-01,11,12,10,11,5", "out of order: 2020-01-01T00:00:00Z is earlier than 2020-01-02T00:00:00Z on line 2")]
    public async Task Each_rule_rejects_the_row_with_its_line_number_and_reason(string badRow, string reason)
    {
        var report = await _fixture.ImportCsvAsync(Header + "2020-01-02,10,12,9,11,100\n" + badRow + "\n2020-01-06,10,12,9,11,100\n");
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal(3, rejected.Line);
        Assert.Equal(reason, rejected.Reason);
        Assert.Equal(badRow, rejected.Raw);
        Assert.Equal(2, report.Written);
    }

    [Fact]
    public async Task Rejected_rows_are_written_to_a_quarantine_csv_in_the_lake()
    {
        var report = await _fixture.ImportCsvAsync(Header + "2020-01-02,10,12,9,11,100\n2020-01-03,11,10,12,11,5\n2020-01-06,x,1,1,1,1\n");
        Assert.NotNull(report.QuarantineKey);
        Assert.StartsWith("_quarantine/TEST_ABC_1d/", report.QuarantineKey);
        var lines = File.ReadAllLines(Path.Combine(_fixture.Folder.Path, report.QuarantineKey!));
        Assert.Equal("line,reason,raw", lines[0]);
        Assert.Equal("3,\"high 10 < low 12\",\"2020-01-03,11,10,12,11,5\"", lines[2]);
        Assert.Equal("4,\"open: 'x' is not a number\",\"2020-01-06,x,1,1,1,1\"", lines[3]);
    }

    [Fact]
    public async Task Every_input_row_is_counted_as_accepted_or_rejected()
    {
        var rows = new[] { "2020-01-02,10,12,9,11,100", "2020-01-03,11,10,12,11,5", "2020-01-03,11,12,10,11,5", "bad", "2020-01-07,1,2,1,2,-1", "2020-01-08,1,2,1,2,3" };
        var report = await _fixture.ImportCsvAsync(Header + string.Join("\n", rows));
        Assert.Equal(rows.Length, report.TotalRows);
        Assert.Equal(rows.Length, report.Accepted + report.Rejected.Count);
    }

    [Fact]
    public async Task Clamp_policy_repairs_ranges_and_still_rejects_negative_volume()
    {
        var report = await _fixture.ImportCsvAsync(Header + "2020-01-02,10,9,12,11,100\n2020-01-03,11,12,10,13,5\n2020-01-06,11,12,10,11,-1\n", RepairPolicy.Clamp);
        Assert.Equal(2, report.Repaired);
        Assert.Equal(2, report.Written);
        Assert.Equal("negative volume -1", Assert.Single(report.Rejected).Reason);
        var bars = await _fixture.Lake.ReadBarsAsync(_fixture.Series());
        Assert.Equal((12.0, 9.0), (bars.High[0], bars.Low[0]));
        Assert.Equal((13.0, 10.0), (bars.High[1], bars.Low[1]));
    }

    [Fact]
    public async Task Strict_policy_writes_nothing_when_any_row_is_rejected()
    {
        var report = await _fixture.ImportCsvAsync(Header + "2020-01-02,10,12,9,11,100\n2020-01-03,11,10,12,11,5\n", RepairPolicy.None);
        Assert.False(report.WrittenToLake);
        Assert.Equal(0, report.Written);
        Assert.Empty(await _fixture.Store.ListAsync("bars/"));
        Assert.NotNull(report.QuarantineKey);
    }

    [Fact]
    public async Task Missing_weekdays_in_daily_stock_data_are_reported_as_gap_warnings_not_rejections()
    {
        // Friday 2020-01-03 → Wednesday 2020-01-08: Monday and Tuesday are missing; the weekend is not a gap.
        var report = await _fixture.ImportCsvAsync(Header + "2020-01-02,10,12,9,11,100\n2020-01-03,10,12,9,11,100\n2020-01-06,10,12,9,11,100\n2020-01-09,10,12,9,11,100\n");
        Assert.Empty(report.Rejected);
        var gap = Assert.Single(report.Gaps);
        Assert.Equal(5, gap.Line);
        Assert.Equal(2, gap.MissingBars);
    }

    [Fact]
    public async Task Intraday_forex_gaps_ignore_the_weekend_close()
    {
        // Friday 21:00 then Sunday 22:00: the market is closed in between, so no bar is missing.
        var csv = Header + "2020-01-03T21:00:00Z,1,1,1,1,1\n2020-01-05T22:00:00Z,1,1,1,1,1\n2020-01-06T01:00:00Z,1,1,1,1,1\n";
        var report = await _fixture.ImportCsvAsync(csv, interval: "1h", assetClass: AssetClass.Forex);
        var gap = Assert.Single(report.Gaps);
        Assert.Equal(2, gap.MissingBars);
    }

    [Fact]
    public async Task An_empty_file_is_refused_with_a_clear_message()
    {
        var error = await Assert.ThrowsAsync<ImportException>(() => _fixture.ImportCsvAsync(""));
        Assert.Contains("empty", error.Message);
        error = await Assert.ThrowsAsync<ImportException>(() => _fixture.ImportCsvAsync("\n\n  \n"));
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public async Task A_header_without_a_timestamp_column_names_what_is_missing()
    {
        var error = await Assert.ThrowsAsync<ImportException>(() => _fixture.ImportCsvAsync("when,open,high,low,close\n2020-01-02,1,1,1,1\n"));
        Assert.Contains("no timestamp column", error.Message);
        Assert.Contains("--map ts=", error.Message);
    }

    [Fact]
    public async Task A_mapping_to_a_column_that_does_not_exist_is_refused()
    {
        var error = await Assert.ThrowsAsync<ImportException>(() => _fixture.ImportCsvAsync(Header + "2020-01-02,1,1,1,1,1\n", map: "close=Last"));
        Assert.Contains("'Last'", error.Message);
    }

    [Fact]
    public async Task A_file_without_a_header_is_refused()
    {
        var error = await Assert.ThrowsAsync<ImportException>(() => _fixture.ImportCsvAsync("2020-01-02,1,1,1,1,1\n2020-01-03,1,1,1,1,1\n"));
        Assert.Contains("looks like data, not a header", error.Message);
    }

    [Fact]
    public async Task A_binary_garbage_file_is_refused_without_crashing()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        var error = await Assert.ThrowsAsync<ImportException>(() => _fixture.Importer.ImportAsync(bytes, "garbage.bin",
            new ImportRequest(ImportFixture.Instrument, AssetClass.Stock, Core.MarketData.BarInterval.OneDay)));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public async Task A_text_garbage_file_is_refused_for_its_header()
    {
        var error = await Assert.ThrowsAsync<ImportException>(() => _fixture.ImportCsvAsync("lorem ipsum dolor sit amet\nconsectetur adipiscing elit\n"));
        Assert.Contains("no timestamp column", error.Message);
    }

    [Fact]
    public async Task A_garbage_parquet_file_is_refused()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => _fixture.Importer.ImportAsync(Encoding.UTF8.GetBytes("PAR1 this is not parquet PAR1"), "fake.parquet",
            new ImportRequest(ImportFixture.Instrument, AssetClass.Stock, Core.MarketData.BarInterval.OneDay, ImportFormat.Parquet)));
        Assert.IsType<ImportException>(error);
    }
}
