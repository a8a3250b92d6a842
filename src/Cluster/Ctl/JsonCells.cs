using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace Hive.Cluster.Ctl;

/// <summary>Reading API JSON into table cells: plain text (never markup), amounts and quantities in invariant culture.</summary>
public static class JsonCells
{
    /// <summary>Adds a row of plain text (Spectre would otherwise read '[' in values as markup).</summary>
    public static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => Markup.Escape(c)).ToArray());

    public static string Text(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var v) ? Describe(v) : "";

    public static string Flag(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.True ? "yes" : "";

    public static decimal? Decimal(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;

    /// <summary>Balances, P&amp;L and values: grouped, two decimals (the JSON has them exact).</summary>
    public static string Amount(decimal? value) => value?.ToString("#,0.00", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Prices and fees: at least two decimals, up to six (crypto fees and fractional marks need them).</summary>
    public static string Price(decimal? value) => value?.ToString("#,0.00####", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Quantities: as many decimals as the lot needs, none when whole.</summary>
    public static string Quantity(decimal? value) => value?.ToString("#,0.##########", CultureInfo.InvariantCulture) ?? "";

    public static string Amount(JsonElement e, string property) => Amount(Decimal(e, property));

    public static string Price(JsonElement e, string property) => Price(Decimal(e, property));

    public static string Quantity(JsonElement e, string property) => Quantity(Decimal(e, property));

    /// <summary>One currency's value of a <c>{"USD": 1.5}</c> map (absent means zero).</summary>
    public static decimal InCurrency(JsonElement e, string property, string currency) =>
        e.TryGetProperty(property, out var map) && map.ValueKind == JsonValueKind.Object && map.TryGetProperty(currency, out var v)
            && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : 0m;

    public static IEnumerable<JsonElement> Items(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    public static string Describe(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString()!,
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => v.GetRawText(),
    };
}
