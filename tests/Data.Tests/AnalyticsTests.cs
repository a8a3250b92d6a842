using Hive.Data.Analytics;

namespace Hive.Data.Tests;

public sealed class AnalyticsTests : IDisposable
{
    private readonly ImportFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task An_empty_lake_still_has_queryable_views()
    {
        await using var sql = await DuckDbAnalytics.OpenAsync(_fixture.Store);
        var result = await sql.QueryAsync("select count(*) as n from bars");
        Assert.Equal(0L, Convert.ToInt64(result.Rows[0][0]));
    }

    [Fact]
    public async Task A_bad_query_reports_duckdbs_message()
    {
        await using var sql = await DuckDbAnalytics.OpenAsync(_fixture.Store);
        var error = await Assert.ThrowsAsync<SqlQueryException>(() => sql.QueryAsync("select no_such_column from bars"));
        Assert.Contains("no_such_column", error.Message);
    }

    [Fact]
    public async Task Results_render_as_csv_and_json()
    {
        await _fixture.ImportCsvAsync("date,open,high,low,close,volume\n2020-01-02,10,12,9,11.5,1000\n");
        await using var sql = await DuckDbAnalytics.OpenAsync(_fixture.Store);
        var result = await sql.QueryAsync("select ts, symbol, close, volume from bars");
        Assert.Equal("ts,symbol,close,volume\n2020-01-02,ABC,11.5,1000\n", QueryResultFormatter.ToCsv(result));
        var json = System.Text.Json.JsonDocument.Parse(QueryResultFormatter.ToJson(result)).RootElement[0];
        Assert.Equal("ABC", json.GetProperty("symbol").GetString());
        Assert.Equal(11.5, json.GetProperty("close").GetDouble());
    }

    [Fact]
    public void Drawdown_of_a_known_path_is_the_largest_peak_to_trough_fall()
    {
        double[] closes = [100, 120, 90, 110, 60, 130, 125];
        var drawdown = SeriesStatistics.MaxDrawdown(closes, out var peak, out var trough);
        Assert.Equal(60.0 / 120 - 1, drawdown, 12);
        Assert.Equal((1, 4), (peak, trough));
    }

    [Fact]
    public void Volatility_is_the_sample_deviation_of_log_returns()
    {
        double[] closes = [100, 110, 99, 108.9];
        var logs = new[] { Math.Log(1.1), Math.Log(0.9), Math.Log(1.1) };
        var mean = logs.Average();
        var expected = Math.Sqrt(logs.Sum(r => (r - mean) * (r - mean)) / 2);
        Assert.Equal(expected, SeriesStatistics.Volatility(closes), 12);
    }
}
