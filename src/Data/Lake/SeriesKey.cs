using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;

namespace Hive.Data.Lake;

/// <summary>One bar series in the lake: asset class, instrument and interval. Its folder is
/// <c>bars/asset_class=stock/venue=SIM/symbol=SPX/interval=1d/</c>, with one <c>year=YYYY/</c> folder per year.</summary>
public readonly record struct SeriesKey(AssetClass AssetClass, InstrumentId Instrument, BarInterval Interval)
{
    public const string BarsRoot = "bars/";

    public string Folder => $"{BarsRoot}asset_class={AssetClassName(AssetClass)}/venue={Instrument.Venue}/symbol={Instrument.Symbol}/interval={Interval}/";

    public string YearFolder(int year) => $"{Folder}year={year}/";

    public string MetadataKey => Folder + "_series.json";

    public override string ToString() => $"{Instrument} {Interval} ({AssetClassName(AssetClass)})";

    public static string AssetClassName(AssetClass assetClass) => assetClass.ToString().ToLowerInvariant();

    public static SeriesKey Create(AssetClass assetClass, InstrumentId instrument, BarInterval interval)
    {
        if (instrument.Symbol.Contains('/') || instrument.Venue.Contains('/'))
            throw new ArgumentException($"instrument '{instrument}' contains '/', which cannot be a lake folder name; use '-' (e.g. BTC-USDT)", nameof(instrument));
        return new SeriesKey(assetClass, instrument, interval);
    }

    /// <summary>Parses the series and year out of a part's key; false for anything that is not a bar part.</summary>
    public static bool TryParsePart(string key, out SeriesKey series, out int year)
    {
        series = default;
        year = 0;
        var segments = key.Split('/');
        if (segments.Length != 7 || segments[0] + "/" != BarsRoot || !segments[6].EndsWith(".parquet", StringComparison.Ordinal)) return false;
        if (!TryValue(segments[1], "asset_class", out var assetText) || !Enum.TryParse<AssetClass>(assetText, true, out var assetClass)) return false;
        if (!TryValue(segments[2], "venue", out var venue) || !TryValue(segments[3], "symbol", out var symbol)) return false;
        if (!TryValue(segments[4], "interval", out var intervalText) || !BarInterval.TryParse(intervalText, out var interval, out _)) return false;
        if (!TryValue(segments[5], "year", out var yearText) || !int.TryParse(yearText, out year)) return false;
        series = new SeriesKey(assetClass, new InstrumentId(venue, symbol), interval);
        return true;
    }

    private static bool TryValue(string segment, string name, out string value)
    {
        value = "";
        if (!segment.StartsWith(name + "=", StringComparison.Ordinal)) return false;
        value = segment[(name.Length + 1)..];
        return value.Length > 0;
    }
}
