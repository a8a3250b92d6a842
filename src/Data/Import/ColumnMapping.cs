namespace Hive.Data.Import;

/// <summary>
/// Which input column feeds which bar field. By default columns are recognised by name, case-insensitively:
/// time from <c>ts, timestamp, time, date, datetime</c>; <c>open high low close volume</c> (also <c>price</c> or
/// <c>last</c> for close, <c>vol</c> for volume); Yahoo's <c>adj close</c> is ignored. <c>--map ts=Date,close=Price</c>
/// overrides any of them. Only time and close are required; a missing open/high/low takes the close (a price-only
/// series, e.g. monthly closes) and a missing volume is 0.
/// </summary>
public sealed record ColumnMapping(IReadOnlyDictionary<BarField, string> Explicit)
{
    public static readonly ColumnMapping Default = new(new Dictionary<BarField, string>());

    private static readonly Dictionary<BarField, string[]> Aliases = new()
    {
        [BarField.Time] = ["ts", "timestamp", "time", "date", "datetime", "open_time", "opentime"],
        [BarField.Open] = ["open", "o"],
        [BarField.High] = ["high", "h"],
        [BarField.Low] = ["low", "l"],
        [BarField.Close] = ["close", "c", "price", "last"],
        [BarField.Volume] = ["volume", "vol", "v"],
    };

    /// <summary>Parses <c>ts=Date,open=Open,...</c>; field names: ts/time, open, high, low, close, volume.</summary>
    public static ColumnMapping Parse(string? text)
    {
        var map = new Dictionary<BarField, string>();
        if (string.IsNullOrWhiteSpace(text)) return Default;
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0 || equals == pair.Length - 1)
                throw new ImportException($"--map entry '{pair}' is not FIELD=COLUMN (e.g. ts=Date,close=Price)");
            var name = pair[..equals].Trim().ToLowerInvariant();
            BarField field = name switch
            {
                "ts" or "time" or "timestamp" or "date" => BarField.Time,
                "open" => BarField.Open,
                "high" => BarField.High,
                "low" => BarField.Low,
                "close" or "price" => BarField.Close,
                "volume" => BarField.Volume,
                _ => throw new ImportException($"--map field '{name}' is unknown; use ts, open, high, low, close, volume"),
            };
            map[field] = pair[(equals + 1)..].Trim();
        }
        return new ColumnMapping(map);
    }

    /// <summary>Column index per field (-1 when absent) for a header; throws when time or close cannot be found.</summary>
    public int[] Resolve(IReadOnlyList<string> header)
    {
        var indices = new int[6];
        foreach (var field in Enum.GetValues<BarField>())
        {
            var index = -1;
            if (Explicit.TryGetValue(field, out var column))
            {
                index = IndexOf(header, column);
                if (index < 0)
                    throw new ImportException($"--map names column '{column}' for {FieldName(field)}, but the header has only: {string.Join(", ", header)}");
            }
            else
            {
                foreach (var alias in Aliases[field])
                {
                    index = IndexOf(header, alias);
                    if (index >= 0) break;
                }
            }
            indices[(int)field] = index;
        }
        if (indices[(int)BarField.Time] < 0)
            throw new ImportException($"header [{string.Join(", ", header)}] has no timestamp column (looked for {string.Join(", ", Aliases[BarField.Time])}); name it with --map ts=COLUMN");
        if (indices[(int)BarField.Close] < 0)
            throw new ImportException($"header [{string.Join(", ", header)}] has no close column (looked for {string.Join(", ", Aliases[BarField.Close])}); name it with --map close=COLUMN");
        return indices;
    }

    public static string FieldName(BarField field) => field == BarField.Time ? "ts" : field.ToString().ToLowerInvariant();

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
            if (string.Equals(header[i].Trim().Trim('"'), name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
