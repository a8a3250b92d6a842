using System.Runtime.CompilerServices;
using System.Text.Json;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Storage;

namespace Hive.Data.Lake;

/// <summary>
/// The market-data lake: Hive-partitioned Parquet over an <see cref="IObjectStore"/>. Appends never rewrite: each
/// writes a new part per touched year holding only timestamps the partition does not already have, so importing
/// the same file twice writes nothing. <see cref="CompactAsync"/> later folds a partition's parts into one.
/// </summary>
public sealed class MarketDataLake
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public MarketDataLake(IObjectStore store) => Store = store ?? throw new ArgumentNullException(nameof(store));

    public IObjectStore Store { get; }

    public async Task<AppendResult> AppendBarsAsync(SeriesKey series, BarSeries bars, SeriesMetadata? metadata = null, CancellationToken cancellationToken = default)
    {
        for (var i = 1; i < bars.Count; i++)
            if (bars.Times[i] <= bars.Times[i - 1])
                throw new ArgumentException($"bars to append must be in strictly increasing time order (row {i}: {bars.TimeAt(i):O} after {bars.TimeAt(i - 1):O})", nameof(bars));
        if (metadata is not null) await WriteMetadataAsync(series, metadata, cancellationToken);

        var written = 0;
        var present = 0;
        var parts = new List<string>();
        var existing = await ListPartsAsync(series, cancellationToken);
        var start = 0;
        while (start < bars.Count)
        {
            var year = bars.TimeAt(start).Year;
            var nextYear = BarSeries.ToUnixMs(new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            var end = start;
            while (end < bars.Count && bars.Times[end] < nextYear) end++;

            var known = new HashSet<long>();
            foreach (var part in existing.Where(p => p.Year == year))
                known.UnionWith(await BarParquet.ReadTimesAsync(await Store.OpenReadAsync(part.Key, cancellationToken), cancellationToken));
            var fresh = BarSeries.Allocate(bars.Instrument, bars.Interval, end - start, 0);
            var count = 0;
            for (var i = start; i < end; i++)
            {
                if (known.Contains(bars.Times[i])) { present++; continue; }
                fresh.Times[count] = bars.Times[i];
                fresh.Open[count] = bars.Open[i];
                fresh.High[count] = bars.High[i];
                fresh.Low[count] = bars.Low[i];
                fresh.Close[count] = bars.Close[i];
                fresh.Volume[count] = bars.Volume[i];
                count++;
            }
            if (count > 0)
            {
                var key = series.YearFolder(year) + NewPartName();
                await Store.WriteAsync(key, await BarParquet.WriteAsync(fresh, 0, count, cancellationToken), cancellationToken);
                parts.Add(key);
                written += count;
            }
            start = end;
        }
        return new AppendResult(written, present, parts);
    }

    /// <summary>Bars of a series in [from, to) (either bound may be null), as columns.</summary>
    public async Task<BarSeries> ReadBarsAsync(SeriesKey series, DateTime? from = null, DateTime? to = null, CancellationToken cancellationToken = default)
    {
        var parts = (await ListPartsAsync(series, cancellationToken))
            .Where(p => (from is null || p.Year >= from.Value.Year) && (to is null || p.Year <= to.Value.Year))
            .ToList();
        var loaded = new List<BarSeries>(parts.Count);
        foreach (var part in parts)
            loaded.Add(await BarParquet.ReadAsync(await Store.OpenReadAsync(part.Key, cancellationToken), series.Instrument, series.Interval, cancellationToken));
        var merged = loaded.Count == 1 ? loaded[0] : BarSeriesMerge.Merge(series.Instrument, series.Interval, loaded, out _);
        var first = from is null ? 0 : merged.LowerBound(BarSeries.ToUnixMs(from.Value));
        var last = to is null ? merged.Count : merged.LowerBound(BarSeries.ToUnixMs(to.Value));
        return first == 0 && last == merged.Count ? merged : merged.Slice(first, Math.Max(0, last - first));
    }

    /// <summary>Range read by instrument and interval (the backtester's entry point); empty when the lake has no such series.</summary>
    public async Task<BarSeries> ReadBarsAsync(InstrumentId instrument, BarInterval interval, DateTime? from = null, DateTime? to = null, CancellationToken cancellationToken = default) =>
        await FindSeriesAsync(instrument, interval, cancellationToken) is { } series
            ? await ReadBarsAsync(series, from, to, cancellationToken)
            : BarSeries.Empty(instrument, interval);

    /// <summary>Finds the series of an instrument and interval whatever its asset class.</summary>
    public async Task<SeriesKey?> FindSeriesAsync(InstrumentId instrument, BarInterval interval, CancellationToken cancellationToken = default)
    {
        foreach (var assetClass in Enum.GetValues<AssetClass>())
        {
            var key = new SeriesKey(assetClass, instrument, interval);
            if ((await Store.ListAsync(key.Folder, cancellationToken)).Any(o => o.Key.EndsWith(".parquet", StringComparison.Ordinal))) return key;
        }
        return null;
    }

    /// <summary>What identifies the content of an instrument's series without reading it: its parts' keys and sizes (an append
    /// or a compaction writes parts of new names and deletes, never rewrites, old ones), or null when the lake has no such
    /// series. A reader caching a series re-reads it when this changes.</summary>
    public async Task<string?> SeriesVersionAsync(InstrumentId instrument, BarInterval interval, CancellationToken cancellationToken = default)
    {
        if (await FindSeriesAsync(instrument, interval, cancellationToken) is not { } series) return null;
        return string.Join('|', (await Store.ListAsync(series.Folder, cancellationToken))
            .Where(o => SeriesKey.TryParsePart(o.Key, out var parsed, out _) && parsed == series).Select(o => $"{o.Key}:{o.Size}"));
    }

    /// <summary>Bars one by one for replay into the cluster, reading a year at a time so memory stays bounded.</summary>
    public async IAsyncEnumerable<Bar> ReplayAsync(SeriesKey series, DateTime? from = null, DateTime? to = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var years = (await ListPartsAsync(series, cancellationToken)).Select(p => p.Year).Distinct().Order().ToList();
        foreach (var year in years)
        {
            var yearStart = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var yearEnd = yearStart.AddYears(1);
            if ((from is not null && yearEnd <= from) || (to is not null && yearStart >= to)) continue;
            var lower = from is null || from < yearStart ? yearStart : from.Value;
            var upper = to is null || to > yearEnd ? yearEnd : to.Value;
            var bars = await ReadBarsAsync(series, lower, upper, cancellationToken);
            for (var i = 0; i < bars.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return bars.ToBar(i);
            }
        }
    }

    public async Task<CompactionResult> CompactAsync(CancellationToken cancellationToken = default)
    {
        var partitions = 0;
        var removed = 0;
        var duplicates = 0;
        var all = await Store.ListAsync(SeriesKey.BarsRoot, cancellationToken);
        var groups = all
            .Select(o => SeriesKey.TryParsePart(o.Key, out var series, out var year) ? (Object: o, Series: series, Year: year) : default)
            .Where(g => g.Object is not null)
            .GroupBy(g => (g.Series, g.Year))
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var (series, year) = group.Key;
            var keys = group.Select(g => g.Object.Key).Order(StringComparer.Ordinal).ToList();
            var loaded = new List<BarSeries>();
            foreach (var key in keys)
                loaded.Add(await BarParquet.ReadAsync(await Store.OpenReadAsync(key, cancellationToken), series.Instrument, series.Interval, cancellationToken));
            var merged = BarSeriesMerge.Merge(series.Instrument, series.Interval, loaded, out var dropped);
            // Write the compacted part before deleting the old ones: a crash in between leaves duplicates, which
            // readers already resolve, never a hole.
            var compactedKey = series.YearFolder(year) + NewPartName();
            await Store.WriteAsync(compactedKey, await BarParquet.WriteAsync(merged, 0, merged.Count, cancellationToken), cancellationToken);
            foreach (var key in keys) await Store.DeleteAsync(key, cancellationToken);
            partitions++;
            removed += keys.Count;
            duplicates += dropped;
        }
        return new CompactionResult(partitions, removed, duplicates);
    }

    public async Task<IReadOnlyList<CatalogEntry>> CatalogAsync(CancellationToken cancellationToken = default)
    {
        var all = await Store.ListAsync(SeriesKey.BarsRoot, cancellationToken);
        var entries = new List<CatalogEntry>();
        var bySeries = all
            .Select(o => SeriesKey.TryParsePart(o.Key, out var series, out _) ? (Object: o, Series: series) : default)
            .Where(g => g.Object is not null)
            .GroupBy(g => g.Series);
        foreach (var group in bySeries)
        {
            var times = new HashSet<long>();
            long min = long.MaxValue, max = long.MinValue;
            foreach (var (obj, _) in group)
            {
                foreach (var t in await BarParquet.ReadTimesAsync(await Store.OpenReadAsync(obj.Key, cancellationToken), cancellationToken))
                {
                    times.Add(t);
                    min = Math.Min(min, t);
                    max = Math.Max(max, t);
                }
            }
            var metadata = await ReadMetadataAsync(group.Key, cancellationToken);
            entries.Add(new CatalogEntry(group.Key,
                times.Count == 0 ? null : DateTime.UnixEpoch.AddMilliseconds(min),
                times.Count == 0 ? null : DateTime.UnixEpoch.AddMilliseconds(max),
                times.Count, group.Sum(g => g.Object.Size), group.Count(),
                metadata?.Synthetic ?? false, metadata?.Source ?? ""));
        }
        return entries.OrderBy(e => e.Series.Instrument.ToString(), StringComparer.Ordinal).ThenBy(e => e.Series.Interval.ApproximateDuration).ToList();
    }

    public async Task<SeriesMetadata?> ReadMetadataAsync(SeriesKey series, CancellationToken cancellationToken = default)
    {
        var bytes = await Store.TryReadAsync(series.MetadataKey, cancellationToken);
        return bytes is null ? null : JsonSerializer.Deserialize<SeriesMetadata>(bytes, Json);
    }

    public Task WriteMetadataAsync(SeriesKey series, SeriesMetadata metadata, CancellationToken cancellationToken = default) =>
        Store.WriteAsync(series.MetadataKey, JsonSerializer.SerializeToUtf8Bytes(metadata, Json), cancellationToken);

    private async Task<List<(string Key, int Year)>> ListPartsAsync(SeriesKey series, CancellationToken cancellationToken) =>
        (await Store.ListAsync(series.Folder, cancellationToken))
            .Select(o => SeriesKey.TryParsePart(o.Key, out var parsed, out var year) && parsed == series ? (Key: o.Key, Year: year) : (Key: "", Year: 0))
            .Where(p => p.Key.Length > 0)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>Part names sort by creation time so "older part wins" needs no extra metadata.</summary>
    private static string NewPartName() => $"part-{DateTime.UtcNow:yyyyMMddHHmmssfffffff}-{Guid.NewGuid().ToString("N")[..8]}.parquet";
}
