using System.Globalization;
using System.Text;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Analytics;
using Hive.Data.Import;
using Hive.Data.Lake;
using Hive.Data.Samples;
using Hive.Data.Storage;
using Hive.TestSupport;

namespace Hive.Data.Tests;

/// <summary>The lake over a real S3-compatible server (moto), through AWSSDK.S3 with a custom endpoint and path-style addressing.</summary>
public sealed class S3LakeTests(MotoServerFixture moto) : IClassFixture<MotoServerFixture>
{
    [Fact]
    public async Task Objects_round_trip_and_list_under_the_prefix()
    {
        using var store = await moto.NewBucketStoreAsync("some/prefix");
        await store.WriteAsync("a/b/one.bin", new byte[] { 1, 2, 3 });
        await store.WriteAsync("a/two.bin", new byte[] { 4 });
        Assert.Equal([1, 2, 3], await store.ReadAsync("a/b/one.bin"));
        Assert.Null(await store.TryReadAsync("a/missing.bin"));
        var listed = await store.ListAsync("a/");
        Assert.Equal(["a/b/one.bin", "a/two.bin"], listed.Select(o => o.Key));
        Assert.Equal(3, listed[0].Size);
        await store.DeleteAsync("a/two.bin");
        Assert.Single(await store.ListAsync("a/"));
    }

    [Fact]
    public async Task Import_read_and_catalog_work_through_the_s3_store()
    {
        using var store = await moto.NewBucketStoreAsync();
        var lake = new MarketDataLake(store);
        var csv = Encoding.UTF8.GetBytes("date,open,high,low,close,volume\n2020-01-02,10,12,9,11,100\n2020-01-03,11,13,10,12,200\n2020-01-06,12,14,11,x,300\n");
        var request = new ImportRequest(new("SIM", "S3T"), AssetClass.Stock, BarInterval.OneDay);
        var report = await new BarImporter(lake).ImportAsync(csv, "s3.csv", request);
        Assert.Equal(2, report.Written);
        Assert.Single(report.Rejected);
        Assert.NotNull(await store.TryReadAsync(report.QuarantineKey!));

        var again = await new BarImporter(lake).ImportAsync(csv, "s3.csv", request);
        Assert.Equal((0, 2), (again.Written, again.AlreadyInLake));

        var bars = await lake.ReadBarsAsync(request.Series);
        Assert.Equal([11.0, 12.0], bars.Close.Take(bars.Count));
        var entry = Assert.Single(await lake.CatalogAsync());
        Assert.Equal(2, entry.Rows);
        Assert.True(entry.Bytes > 0);
    }

    [Fact]
    public async Task Sql_over_an_s3_lake_reads_the_downloaded_parts()
    {
        using var store = await moto.NewBucketStoreAsync();
        var lake = new MarketDataLake(store);
        await new BarImporter(lake).ImportAsync(SampleData.ReadResource(SampleData.SpxResource), "sp500-daily.csv",
            new ImportRequest(SampleData.Spx, AssetClass.Stock, BarInterval.OneDay));
        await using var sql = await DuckDbAnalytics.OpenAsync(store);
        var result = await sql.QueryAsync("select max(close) from bars where symbol='SPX' and year(ts) = 2019");
        var expected = File.ReadLines(TestPaths.Sample("sp500-daily.csv")).Skip(1).Where(l => l.StartsWith("2019"))
            .Max(l => double.Parse(l.Split(',')[4], CultureInfo.InvariantCulture));
        Assert.Equal(expected, Convert.ToDouble(result.Rows[0][0], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Lake_locations_select_the_store_by_scheme()
    {
        using var s3 = (S3ObjectStore)LakeLocation.Open("s3://bucket-x/some/prefix", moto.Settings);
        Assert.Equal("s3://bucket-x/some/prefix/", s3.Location);
        Assert.IsType<LocalObjectStore>(LakeLocation.Open(Path.GetTempPath()));
        Assert.Throws<ArgumentException>(() => LakeLocation.Open("s3:///nobucket", moto.Settings));
    }

    [Fact]
    public async Task A_missing_bucket_is_reported_by_name()
    {
        using var store = new S3ObjectStore("no-such-bucket-" + Guid.NewGuid().ToString("N")[..8], "", moto.Settings);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.ListAsync("bars/"));
        Assert.Contains(store.Bucket, error.Message);
    }
}
