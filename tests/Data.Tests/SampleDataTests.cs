using System.Globalization;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Analytics;
using Hive.Data.Lake;
using Hive.Data.Samples;

namespace Hive.Data.Tests;

public sealed class SampleDataTests(SampleDataFixture fixture) : IClassFixture<SampleDataFixture>
{
    /// <summary>Yearly maximum close straight from the CSV with string splitting, sharing no code with the importer.</summary>
    private static SortedDictionary<int, double> YearlyMaxFromCsv()
    {
        var maxima = new SortedDictionary<int, double>();
        foreach (var line in File.ReadLines(TestPaths.Sample("sp500-daily.csv")).Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length < 5) continue;
            var year = int.Parse(fields[0][..4], CultureInfo.InvariantCulture);
            var close = double.Parse(fields[4], CultureInfo.InvariantCulture);
            maxima[year] = maxima.TryGetValue(year, out var max) ? Math.Max(max, close) : close;
        }
        return maxima;
    }

    [Fact]
    public async Task Yearly_maxima_from_sql_equal_an_independent_computation_over_the_csv()
    {
        await using var sql = await DuckDbAnalytics.OpenAsync(fixture.Lake.Store);
        var result = await sql.QueryAsync("select year(ts), max(close) from bars where symbol='SPX' group by 1 order by 1");
        var expected = YearlyMaxFromCsv();
        Assert.Equal(21, expected.Count);
        Assert.Equal(expected.Keys, result.Rows.Select(r => Convert.ToInt32(r[0], CultureInfo.InvariantCulture)));
        Assert.Equal(expected.Values, result.Rows.Select(r => Convert.ToDouble(r[1], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Every_sample_row_is_imported_without_rejections()
    {
        var spx = fixture.FirstRun.Single(r => r.Series.Instrument == SampleData.Spx);
        Assert.Equal(File.ReadLines(TestPaths.Sample("sp500-daily.csv")).Count(l => l.Length > 0) - 1, spx.Written);
        Assert.All(fixture.FirstRun, r => Assert.Equal(0, r.Rejected));
        var monthlyRows = fixture.FirstRun.Where(r => r.Series.Interval == BarInterval.OneMonth).Sum(r => r.Written);
        Assert.Equal(File.ReadLines(TestPaths.Sample("stocks-monthly.csv")).Count(l => l.Length > 0) - 1, monthlyRows);
    }

    [Fact]
    public async Task The_catalog_shows_every_sample_series_and_marks_the_synthetic_ones()
    {
        var catalog = await fixture.Lake.CatalogAsync();
        Assert.Equal(["AAPL", "AMZN", "BTC-USDT", "EUR-USD", "GOOG", "IBM", "MSFT", "SPX"], catalog.Select(e => e.Series.Instrument.Symbol).Order());
        Assert.Equal(["BTC-USDT", "EUR-USD"], catalog.Where(e => e.Synthetic).Select(e => e.Series.Instrument.Symbol).Order());
        var spx = catalog.Single(e => e.Series.Instrument == SampleData.Spx);
        Assert.Equal(new DateTime(2000, 1, 3, 0, 0, 0, DateTimeKind.Utc), spx.First);
        Assert.Equal(new DateTime(2020, 4, 17, 0, 0, 0, DateTimeKind.Utc), spx.Last);
    }

    [Fact]
    public async Task Importing_the_samples_again_writes_nothing()
    {
        var second = await SampleData.EnsureImportedAsync(fixture.Lake);
        Assert.All(second, r => Assert.Equal(0, r.Written));
        Assert.Equal(fixture.FirstRun.Sum(r => r.Written), second.Sum(r => r.AlreadyPresent));
    }

    [Fact]
    public async Task Synthetic_forex_has_no_weekend_bars_and_crypto_has_every_hour()
    {
        var fx = await fixture.Lake.ReadBarsAsync(SeriesKey.Create(AssetClass.Forex, SampleData.EuroDollar, BarInterval.OneHour));
        var calendar = SessionCalendar.For(AssetClass.Forex);
        Assert.All(Enumerable.Range(0, fx.Count), i => Assert.True(calendar.IsOpen(fx.TimeAt(i))));
        var btc = await fixture.Lake.ReadBarsAsync(SeriesKey.Create(AssetClass.Crypto, SampleData.Bitcoin, BarInterval.OneHour));
        Assert.Equal((int)(SampleData.SyntheticTo - SampleData.SyntheticFrom).TotalHours, btc.Count);
    }

    [Fact]
    public async Task Sql_views_expose_partition_columns_and_trades_and_quotes_exist()
    {
        await using var sql = await DuckDbAnalytics.OpenAsync(fixture.Lake.Store);
        var result = await sql.QueryAsync("select asset_class, venue, \"interval\", count(*) from bars group by all order by 1, 2, 3");
        Assert.Contains(result.Rows, r => (string)r[0]! == "crypto" && (string)r[1]! == "SIMX" && (string)r[2]! == "1h");
        Assert.Contains(result.Rows, r => (string)r[0]! == "stock" && (string)r[2]! == "1mo");
        Assert.Equal(0L, Convert.ToInt64((await sql.QueryAsync("select count(*) from trades")).Rows[0][0]));
        Assert.Equal(0L, Convert.ToInt64((await sql.QueryAsync("select count(*) from quotes")).Rows[0][0]));
    }

    [Fact]
    public async Task Stats_figures_match_direct_computation_on_the_closes()
    {
        var bars = await fixture.Lake.ReadBarsAsync(SeriesKey.Create(AssetClass.Stock, SampleData.Spx, BarInterval.OneDay));
        var summary = SeriesStatistics.Summarize(bars, AssetClass.Stock);
        var closes = File.ReadLines(TestPaths.Sample("sp500-daily.csv")).Skip(1).Select(l => double.Parse(l.Split(',')[4], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(closes[^1] / closes[0] - 1, summary.TotalReturn, 12);
        var peak = closes[0];
        var worst = 0.0;
        foreach (var c in closes) { peak = Math.Max(peak, c); worst = Math.Min(worst, c / peak - 1); }
        Assert.Equal(worst, summary.MaxDrawdown, 12);
        Assert.InRange(summary.MaxDrawdown, -0.60, -0.50); // the 2007-2009 bear market
        Assert.Equal(2009, summary.DrawdownTrough.Year);
        var compounded = summary.Years.Aggregate(1.0, (acc, y) => acc * (1 + y.Return)) - 1;
        Assert.Equal(summary.TotalReturn, compounded, 9);
        Assert.InRange(summary.AnnualisedVolatility, 0.1, 0.4);
    }

    [Fact]
    public async Task Rolling_correlation_between_monthly_stocks_is_bounded_and_symmetric()
    {
        var msft = await fixture.Lake.ReadBarsAsync(SeriesKey.Create(AssetClass.Stock, new("SIM", "MSFT"), BarInterval.OneMonth));
        var ibm = await fixture.Lake.ReadBarsAsync(SeriesKey.Create(AssetClass.Stock, new("SIM", "IBM"), BarInterval.OneMonth));
        var ab = SeriesStatistics.RollingCorrelation(msft, ibm, 12);
        var ba = SeriesStatistics.RollingCorrelation(ibm, msft, 12);
        Assert.NotEmpty(ab);
        Assert.All(ab, p => Assert.InRange(p.Correlation, -1.0, 1.0));
        Assert.Equal(ab.Select(p => p.Correlation), ba.Select(p => p.Correlation), (x, y) => Math.Abs(x - y) < 1e-12);
        var self = SeriesStatistics.RollingCorrelation(msft, msft, 12);
        Assert.All(self, p => Assert.Equal(1.0, p.Correlation, 9));
    }
}
