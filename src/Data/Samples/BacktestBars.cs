using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Import;

namespace Hive.Data.Samples;

/// <summary>
/// Bars for the backtester without a lake: the embedded S&amp;P 500 daily series, a CSV file, or a series tiled to any
/// length (for benchmarks). CSV rows go through the import rules (<see cref="BarImportValidator"/>, bad rows dropped).
/// </summary>
public static class BacktestBars
{
    /// <summary>The bundled S&amp;P 500 daily series as <c>SIM:SPX</c> (2000-01-03 to 2020-04-17).</summary>
    public static BarSeries Spx() => FromCsv(SampleData.ReadResource(SampleData.SpxResource), SampleData.Spx, BarInterval.OneDay, AssetClass.Stock);

    public static BarSeries FromCsv(byte[] content, InstrumentId instrument, BarInterval interval, AssetClass assetClass, ColumnMapping? mapping = null) =>
        ValidateCsv(content, instrument, interval, assetClass, mapping).Accepted;

    /// <summary>The CSV's rows through the import rules: the bars kept and the rows dropped, with their line numbers.</summary>
    public static ValidatedBars ValidateCsv(byte[] content, InstrumentId instrument, BarInterval interval, AssetClass assetClass, ColumnMapping? mapping = null) =>
        BarImportValidator.Validate(CsvBarReader.Read(content, mapping ?? ColumnMapping.Default), instrument, assetClass, interval, RepairPolicy.Drop);

    /// <summary>
    /// <paramref name="count"/> daily bars made by playing <paramref name="source"/> forward, then backward (open and close
    /// swapped), then forward again...: prices stay in the source's range and each repetition starts where the last one
    /// ended, so there are no jumps. Times are consecutive days from the source's first.
    /// </summary>
    public static BarSeries Tile(BarSeries source, int count, InstrumentId? instrument = null)
    {
        if (source.Count < 2) throw new ArgumentException("tiling needs a source of at least two bars", nameof(source));
        var tiled = BarSeries.Allocate(instrument ?? source.Instrument, source.Interval, count, count);
        const long day = 86_400_000;
        for (var i = 0; i < count; i++)
        {
            var backward = i / source.Count % 2 == 1;
            var k = i % source.Count;
            var j = backward ? source.Count - 1 - k : k;
            tiled.Times[i] = source.Times[0] + i * day;
            tiled.Open[i] = backward ? source.Close[j] : source.Open[j];
            tiled.High[i] = source.High[j];
            tiled.Low[i] = source.Low[j];
            tiled.Close[i] = backward ? source.Open[j] : source.Close[j];
            tiled.Volume[i] = source.Volume[j];
        }
        return tiled;
    }
}
