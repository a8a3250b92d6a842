using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Import;
using Hive.Data.Lake;

namespace Hive.Data.Tests;

public sealed class LakeTests : IDisposable
{
    private readonly ImportFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private static string DailyCsv(DateTime from, int days, double start = 100)
    {
        var text = new System.Text.StringBuilder("date,open,high,low,close,volume\n");
        for (var i = 0; i < days; i++)
        {
            var price = start + i;
            text.Append($"{from.AddDays(i):yyyy-MM-dd},{price},{price + 2},{price - 1},{price + 1},{1000 + i}\n");
        }
        return text.ToString();
    }

    [Fact]
    public async Task Partitions_follow_asset_class_venue_symbol_interval_year()
    {
        await _fixture.ImportCsvAsync(DailyCsv(new DateTime(2019, 12, 30), 5), assetClass: AssetClass.Crypto);
        var keys = (await _fixture.Store.ListAsync("bars/")).Select(o => o.Key).Where(k => k.EndsWith(".parquet")).ToList();
        Assert.Equal(2, keys.Count);
        Assert.StartsWith("bars/asset_class=crypto/venue=TEST/symbol=ABC/interval=1d/year=2019/part-", keys[0]);
        Assert.StartsWith("bars/asset_class=crypto/venue=TEST/symbol=ABC/interval=1d/year=2020/part-", keys[1]);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing()
    {
        var csv = DailyCsv(new DateTime(2020, 1, 1), 40);
        var first = await _fixture.ImportCsvAsync(csv, assetClass: AssetClass.Crypto);
        var filesBefore = Directory.GetFiles(_fixture.Folder.Path, "*.parquet", SearchOption.AllDirectories).Select(f => (f, File.ReadAllBytes(f).Length)).ToList();
        var second = await _fixture.ImportCsvAsync(csv, assetClass: AssetClass.Crypto);
        var filesAfter = Directory.GetFiles(_fixture.Folder.Path, "*.parquet", SearchOption.AllDirectories).Select(f => (f, File.ReadAllBytes(f).Length)).ToList();
        Assert.Equal(40, first.Written);
        Assert.Equal(0, second.Written);
        Assert.Equal(40, second.AlreadyInLake);
        Assert.Equal(filesBefore, filesAfter);
    }

    [Fact]
    public async Task Overlapping_appends_add_only_new_timestamps_and_keep_the_lake_value()
    {
        await _fixture.ImportCsvAsync(DailyCsv(new DateTime(2020, 1, 1), 10), assetClass: AssetClass.Crypto);
        var overlap = await _fixture.ImportCsvAsync(DailyCsv(new DateTime(2020, 1, 6), 10, start: 500), assetClass: AssetClass.Crypto);
        Assert.Equal(5, overlap.Written);
        Assert.Equal(5, overlap.AlreadyInLake);
        var bars = await _fixture.Lake.ReadBarsAsync(_fixture.Series(assetClass: AssetClass.Crypto));
        Assert.Equal(15, bars.Count);
        Assert.Equal(106.0, bars.Close[5]);
        Assert.Equal(506.0, bars.Close[10]);
        Assert.True(Enumerable.Range(1, bars.Count - 1).All(i => bars.Times[i - 1] < bars.Times[i]));
    }

    [Fact]
    public async Task Compaction_folds_parts_into_one_per_partition_and_keeps_every_row()
    {
        var series = _fixture.Series(assetClass: AssetClass.Crypto);
        await _fixture.ImportCsvAsync(DailyCsv(new DateTime(2020, 3, 1), 10), assetClass: AssetClass.Crypto);
        await _fixture.ImportCsvAsync(DailyCsv(new DateTime(2020, 1, 1), 10), assetClass: AssetClass.Crypto);
        await _fixture.ImportCsvAsync(DailyCsv(new DateTime(2020, 2, 1), 10), assetClass: AssetClass.Crypto);
        var before = await _fixture.Lake.ReadBarsAsync(series);
        var result = await _fixture.Lake.CompactAsync();
        var after = await _fixture.Lake.ReadBarsAsync(series);
        Assert.Equal(1, result.PartitionsCompacted);
        Assert.Equal(3, result.PartsRemoved);
        Assert.Single(await _fixture.Store.ListAsync(series.Folder), o => o.Key.EndsWith(".parquet"));
        Assert.Equal(30, after.Count);
        Assert.Equal(before.Times.Take(30), after.Times.Take(30));
        Assert.Equal(before.Close.Take(30), after.Close.Take(30));
        Assert.Equal(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), after.TimeAt(0));
    }

    [Fact]
    public async Task Range_reads_return_only_bars_in_the_half_open_window()
    {
        await _fixture.ImportCsvAsync(DailyCsv(new DateTime(2019, 12, 1), 90), assetClass: AssetClass.Crypto);
        var bars = await _fixture.Lake.ReadBarsAsync(_fixture.Series(assetClass: AssetClass.Crypto),
            new DateTime(2019, 12, 31, 0, 0, 0, DateTimeKind.Utc), new DateTime(2020, 1, 3, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(3, bars.Count);
        Assert.Equal(new DateTime(2019, 12, 31, 0, 0, 0, DateTimeKind.Utc), bars.TimeAt(0));
        Assert.Equal(new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc), bars.TimeAt(2));
    }

    [Fact]
    public async Task Reads_by_instrument_find_the_series_whatever_its_asset_class()
    {
        await _fixture.ImportCsvAsync(DailyCsv(new DateTime(2020, 1, 1), 5), assetClass: AssetClass.Crypto);
        var bars = await _fixture.Lake.ReadBarsAsync(ImportFixture.Instrument, BarInterval.OneDay);
        Assert.Equal(5, bars.Count);
        Assert.Equal(0, (await _fixture.Lake.ReadBarsAsync(new Core.Ids.InstrumentId("NO", "NE"), BarInterval.OneDay)).Count);
    }

    [Fact]
    public async Task Replay_yields_every_bar_in_order_across_years()
    {
        await _fixture.ImportCsvAsync(DailyCsv(new DateTime(2019, 12, 20), 30), assetClass: AssetClass.Crypto);
        var replayed = new List<Bar>();
        await foreach (var bar in _fixture.Lake.ReplayAsync(_fixture.Series(assetClass: AssetClass.Crypto)))
            replayed.Add(bar);
        Assert.Equal(30, replayed.Count);
        Assert.Equal(new DateTime(2019, 12, 20, 0, 0, 0, DateTimeKind.Utc), replayed[0].OpenTime);
        Assert.Equal(130m, replayed[^1].Close);
        Assert.All(replayed, bar => Assert.Equal(ImportFixture.Instrument, bar.Instrument));
    }

    [Fact]
    public async Task Catalog_lists_series_with_range_rows_size_and_synthetic_flag()
    {
        await _fixture.ImportCsvAsync(DailyCsv(new DateTime(2020, 1, 1), 10), assetClass: AssetClass.Crypto);
        var synthetic = SyntheticBarGenerator.Generate(new SyntheticSeriesSpec(new Core.Ids.InstrumentId("SIMX", "ETH-USDT"), AssetClass.Crypto, BarInterval.OneHour,
            new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc), 100m, 0.5, 1));
        await _fixture.Lake.AppendBarsAsync(SeriesKey.Create(AssetClass.Crypto, synthetic.Instrument, synthetic.Interval), synthetic, new SeriesMetadata(true, "test", 1));
        var catalog = await _fixture.Lake.CatalogAsync();
        Assert.Equal(2, catalog.Count);
        var real = catalog.Single(e => e.Series.Instrument == ImportFixture.Instrument);
        Assert.Equal((10L, false), (real.Rows, real.Synthetic));
        Assert.Equal(new DateTime(2020, 1, 10, 0, 0, 0, DateTimeKind.Utc), real.Last);
        Assert.True(real.Bytes > 0);
        var eth = catalog.Single(e => e.Series.Instrument.Symbol == "ETH-USDT");
        Assert.Equal((24L, true), (eth.Rows, eth.Synthetic));
    }

    [Fact]
    public async Task Appending_unordered_bars_is_refused()
    {
        var bars = BarSeries.Allocate(ImportFixture.Instrument, BarInterval.OneDay, 2, 2);
        bars.Times[0] = 2000;
        bars.Times[1] = 1000;
        await Assert.ThrowsAsync<ArgumentException>(() => _fixture.Lake.AppendBarsAsync(_fixture.Series(), bars));
    }

    [Fact]
    public void Symbols_with_a_slash_cannot_become_folder_names() =>
        Assert.Throws<ArgumentException>(() => SeriesKey.Create(AssetClass.Forex, new Core.Ids.InstrumentId("FX", "EUR/USD"), BarInterval.OneDay));

    [Fact]
    public async Task Lake_keys_outside_the_lake_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _fixture.Store.WriteAsync("../escape.txt", new byte[] { 1 }));
    }
}
