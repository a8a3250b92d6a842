using System.Globalization;
using Hive.Core.MarketData;

namespace Hive.Core.Portfolio;

/// <summary>
/// Prices of several assets on shared dates, as a wide table: one column per asset, <see cref="double.NaN"/> where an asset
/// has no price (it had not started trading yet, or a gap). Prices are statistics inputs here, hence <c>double</c>.
/// </summary>
public sealed class PriceTable
{
    public PriceTable(IReadOnlyList<string> assets, IReadOnlyList<DateOnly> dates, IReadOnlyList<double[]> columns)
    {
        if (assets.Count != columns.Count) throw new ArgumentException($"{assets.Count} asset names for {columns.Count} price columns");
        if (columns.Any(c => c.Length != dates.Count)) throw new ArgumentException("every price column needs one cell per date");
        var duplicate = assets.GroupBy(a => a, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"asset {duplicate.Key} appears twice");
        for (var j = 0; j < columns.Count; j++)
            for (var t = 0; t < dates.Count; t++)
                if (columns[j][t] <= 0 || double.IsInfinity(columns[j][t]))
                    throw new ArgumentException($"price of {assets[j]} on {dates[t]:yyyy-MM-dd} is {columns[j][t].ToString(CultureInfo.InvariantCulture)}: prices must be positive");
        Assets = assets;
        Dates = dates;
        Columns = columns;
    }

    public IReadOnlyList<string> Assets { get; }

    public IReadOnlyList<DateOnly> Dates { get; }

    public IReadOnlyList<double[]> Columns { get; }

    /// <summary>
    /// The closes of several bar series on the union of their UTC dates (the last bar of a date wins), missing where a
    /// series has no bar that date; each asset is named by its instrument id.
    /// </summary>
    public static PriceTable FromCloses(IReadOnlyList<BarSeries> series)
    {
        var byDate = series.Select(s =>
        {
            var closes = new Dictionary<DateOnly, double>();
            for (var i = 0; i < s.Count; i++) closes[DateOnly.FromDateTime(s.TimeAt(i))] = s.Close[i];
            return closes;
        }).ToList();
        var dates = byDate.SelectMany(d => d.Keys).Distinct().Order().ToList();
        var columns = byDate.Select(d => dates.Select(t => d.TryGetValue(t, out var close) ? close : double.NaN).ToArray()).ToList();
        return new PriceTable(series.Select(s => s.Instrument.ToString()).ToList(), dates, columns);
    }

    /// <summary>
    /// Parses a wide CSV: a header <c>date,ASSET1,ASSET2,...</c>, then one row per date (ISO <c>yyyy-MM-dd</c>, ascending),
    /// empty cells where an asset has no price. A cell that is not a number is an error naming the asset, date and text.
    /// </summary>
    public static PriceTable ParseCsv(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        if (lines.Count < 2) throw new ArgumentException("prices CSV needs a header (date,ASSET,...) and at least one row");
        var header = lines[0].Split(',').Select(h => h.Trim()).ToArray();
        if (header.Length < 2) throw new ArgumentException("prices CSV header needs a date column and at least one asset column");
        var assets = header.Skip(1).ToArray();
        if (assets.Any(a => a.Length == 0)) throw new ArgumentException("prices CSV header has an empty asset name");
        var dates = new List<DateOnly>();
        var columns = assets.Select(_ => new List<double>()).ToArray();
        for (var i = 1; i < lines.Count; i++)
        {
            var cells = lines[i].Split(',');
            if (cells.Length != header.Length)
                throw new ArgumentException($"prices CSV line {i + 1} has {cells.Length} cells, the header {header.Length}");
            if (!DateOnly.TryParseExact(cells[0].Trim(), ["yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && !DateOnly.TryParse(cells[0].Trim().Split(' ', 'T')[0], CultureInfo.InvariantCulture, out date))
                throw new ArgumentException($"prices CSV line {i + 1}: '{cells[0]}' is not a date (yyyy-MM-dd)");
            if (dates.Count > 0 && date <= dates[^1])
                throw new ArgumentException($"prices CSV line {i + 1}: {date:yyyy-MM-dd} does not follow {dates[^1]:yyyy-MM-dd} (dates must ascend)");
            dates.Add(date);
            for (var j = 0; j < assets.Length; j++)
            {
                var cell = cells[j + 1].Trim();
                if (cell.Length == 0) { columns[j].Add(double.NaN); continue; }
                if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var price) || double.IsNaN(price))
                    throw new ArgumentException($"price of {assets[j]} on {date:yyyy-MM-dd} is '{cell}', not a number");
                columns[j].Add(price);
            }
        }
        return new PriceTable(assets, dates, columns.Select(c => c.ToArray()).ToList());
    }

    /// <summary>
    /// Simple returns p_t / p_(t−1) − 1 as pandas' <c>pct_change()</c> computes them (its long-standing default pads a
    /// missing price with the last one before it, so an interior gap is a 0 return and the next return spans the gap);
    /// an asset's returns before its first price are missing. Rows where every asset's return is missing are dropped
    /// (<c>dropna(how="all")</c>), which removes at least the first date.
    /// </summary>
    public ReturnTable Returns()
    {
        var rows = new List<int>();
        var returns = Columns.Select(_ => new List<double>()).ToArray();
        var last = Columns.Select(_ => double.NaN).ToArray();
        var raw = Columns.Select(c => new double[c.Length]).ToArray();
        for (var t = 0; t < Dates.Count; t++)
            for (var j = 0; j < Columns.Count; j++)
            {
                var price = double.IsNaN(Columns[j][t]) ? last[j] : Columns[j][t];
                raw[j][t] = t == 0 || double.IsNaN(last[j]) || double.IsNaN(price) ? double.NaN : price / last[j] - 1;
                last[j] = price;
            }
        for (var t = 0; t < Dates.Count; t++)
        {
            if (raw.All(c => double.IsNaN(c[t]))) continue;
            rows.Add(t);
            for (var j = 0; j < Columns.Count; j++) returns[j].Add(raw[j][t]);
        }
        return new ReturnTable(Assets, rows.Select(t => Dates[t]).ToList(), returns.Select(r => r.ToArray()).ToList());
    }

    /// <summary>The last price of each asset (its latest non-missing cell), for allocating whole lots.</summary>
    public double[] LatestPrices() => Columns.Select(c => c.LastOrDefault(p => !double.IsNaN(p), double.NaN)).ToArray();
}
