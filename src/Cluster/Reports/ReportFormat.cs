using System.Globalization;
using System.Text;

namespace Hive.Cluster.Reports;

/// <summary>
/// Text for the HTML report: escaping and number formats. Everything goes through the invariant culture so the same
/// result renders byte-for-byte the same on any machine, whatever its locale.
/// </summary>
internal static class ReportFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Escapes text for HTML element content and quoted attribute values alike (also inside inline SVG).</summary>
    public static string Html(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    /// <summary>A ratio as a percentage with two decimals: 0.1234 → <c>12.34%</c>.</summary>
    public static string Percent(double ratio, int decimals = 2) =>
        Finite(ratio) ?? (ratio * 100).ToString("F" + decimals, Inv) + "%";

    /// <summary>A ratio as a signed percentage, for returns in the heat map: 0.012 → <c>+1.2%</c>.</summary>
    public static string SignedPercent(double ratio, int decimals = 1)
    {
        if (Finite(ratio) is { } special) return special;
        var text = (ratio * 100).ToString("F" + decimals, Inv);
        return (ratio > 0 && text.Any(ch => ch is >= '1' and <= '9') ? "+" : "") + text + "%";
    }

    public static string Percent(double? ratio) => ratio is { } r ? Percent(r) : "n/a";

    /// <summary>A plain ratio such as Sharpe or beta, two decimals.</summary>
    public static string Ratio(double value) => Finite(value) ?? value.ToString("F2", Inv);

    public static string Ratio(double? value) => value is { } v ? Ratio(v) : "n/a";

    /// <summary>Money with thousands separators and two decimals: <c>-1,234.50</c>.</summary>
    public static string Money(decimal value) => value.ToString("#,0.00", Inv);

    /// <summary>A price keeps the precision it has (crypto prices need more than cents) but shows at least two decimals.</summary>
    public static string Price(decimal value) => value.ToString("#,0.00######", Inv);

    public static string Quantity(decimal value) => value.ToString("#,0.########", Inv);

    public static string Integer(long value) => value.ToString("#,0", Inv);

    /// <summary>A CSV figure: exact, without grouping or the trailing zeros a JSON number's scale carries (10.0 and 10 are one quantity).</summary>
    public static string CsvNumber(decimal value) => value.ToString("0.############################", Inv);

    /// <summary>A CSV time: UTC, ISO-8601, to the millisecond.</summary>
    public static string CsvTime(DateTime at) => at.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", Inv);

    public static string Number(double value, string format) => Finite(value) ?? value.ToString(format, Inv);

    /// <summary>A date alone when the time is midnight (daily bars), otherwise date and time; always UTC.</summary>
    public static string Time(DateTime time) =>
        time.TimeOfDay == TimeSpan.Zero ? time.ToString("yyyy-MM-dd", Inv) : time.ToString("yyyy-MM-dd HH:mm:ss", Inv);

    /// <summary>SVG coordinates: two decimals are finer than a pixel and keep long paths short.</summary>
    public static string Coord(double value) => Math.Round(value, 2).ToString("0.##", Inv);

    /// <summary>Axis labels for money: <c>950</c>, <c>12.5k</c>, <c>1.25M</c>.</summary>
    public static string Compact(double value)
    {
        var abs = Math.Abs(value);
        return abs switch
        {
            >= 1e9 => (value / 1e9).ToString("0.##", Inv) + "B",
            >= 1e6 => (value / 1e6).ToString("0.##", Inv) + "M",
            >= 1e4 => (value / 1e3).ToString("0.##", Inv) + "k",
            _ => value.ToString("0.##", Inv),
        };
    }

    /// <summary>Metrics can legitimately be infinite (a profit factor with no losing trade) or undefined (no bars).</summary>
    private static string? Finite(double value) => value switch
    {
        double.PositiveInfinity => "∞",
        double.NegativeInfinity => "-∞",
        _ when double.IsNaN(value) => "n/a",
        _ => null,
    };
}
