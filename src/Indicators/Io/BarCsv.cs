using System.Globalization;
using Hive.Indicators.Registry;

namespace Hive.Indicators.Io;

/// <summary>
/// Reads <c>date,open,high,low,close,volume</c> CSV (header required, columns in any order, extra numeric
/// columns kept by name). A malformed row is reported with its line number and column.
/// </summary>
public static class BarCsv
{
    private static readonly string[] Required = ["date", "open", "high", "low", "close", "volume"];

    public static BarFile Read(TextReader reader, string sourceName = "input")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine() ?? throw new FormatException($"{sourceName}: the file is empty; expected a header line date,open,high,low,close,volume");
        var names = header.Split(',').Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = Required.Where(r => !names.Contains(r)).ToArray();
        if (missing.Length > 0)
            throw new FormatException($"{sourceName} line 1: the header lacks column(s) {string.Join(", ", missing)} (got '{header}')");
        var columns = names.Select(_ => new List<double>()).ToArray();
        var dates = new List<string>();
        var dateIndex = Array.IndexOf(names, "date");
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var cells = line.Split(',');
            if (cells.Length != names.Length)
                throw new FormatException($"{sourceName} line {lineNumber}: expected {names.Length} cells, got {cells.Length} ('{line}')");
            for (var c = 0; c < cells.Length; c++)
            {
                if (c == dateIndex)
                {
                    dates.Add(cells[c].Trim());
                    continue;
                }
                if (!double.TryParse(cells[c], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || double.IsInfinity(value))
                    throw new FormatException($"{sourceName} line {lineNumber}: column '{names[c]}' is not a number ('{cells[c]}')");
                columns[c].Add(value);
            }
        }
        double[] Column(string name) => columns[Array.IndexOf(names, name)].ToArray();
        var extra = names.Where((n, c) => c != dateIndex && !Required.Contains(n)).ToDictionary(n => n, Column);
        var series = new PriceSeries(Column("open"), Column("high"), Column("low"), Column("close"), Column("volume")) { Extra = extra };
        return new BarFile(dates, series);
    }

    public static BarFile ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }
}
