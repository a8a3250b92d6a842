using System.Globalization;
using System.Text.Json;
using Hive.Core.Ids;

namespace Hive.Cluster.Commands;

/// <summary>
/// Reads the positions of <c>hive risk stress --positions FILE</c>, strictly: a bad row is refused naming its row and field, and
/// nothing is stressed (an <see cref="ArgumentException"/>, exit code 2).
/// <list type="bullet">
/// <item>JSON (<c>.json</c>): <c>{"positions": [{"instrument": "SIM:SPX", "quantity": 10, "mark": 100}, ...], "cash": {"USD": 5000}}</c>
/// (<c>cash</c> optional); unknown fields are refused.</item>
/// <item>CSV (anything else): a header naming <c>instrument</c>, <c>quantity</c> and optionally <c>mark</c>, in any order, then one
/// position a line; a line whose instrument is <c>cash:CCY</c> holds the cash in that currency in its quantity (and no mark).</item>
/// </list>
/// Quantities are signed (a short is negative) and not zero; a mark is positive; an instrument and a currency appear once; cash
/// may be negative (borrowed). A currency is 2 to 12 capital letters or digits, starting with a letter (USD, USDT).
/// </summary>
public static class PositionsFile
{
    private const string CashPrefix = "cash:";
    private static readonly string[] Fields = ["instrument", "quantity", "mark"];

    public static PositionBook Read(string path)
    {
        var text = File.ReadAllText(path);
        try
        {
            var book = Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase) ? ParseJson(text) : ParseCsv(text);
            var seen = new Dictionary<InstrumentId, string>();
            foreach (var row in book.Positions)
                if (!seen.TryAdd(row.Instrument, row.Row))
                    throw Bad(row.Row, "instrument", $"{row.Instrument} is already on {seen[row.Instrument]}: give each instrument once");
            return book.Positions.Count > 0 ? book : throw new ArgumentException("no positions");
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{path}: {e.Message}", e);
        }
    }

    public static PositionBook ParseJson(string text)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(text).RootElement;
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"positions JSON: {e.Message}");
        }
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("positions", out var list) || list.ValueKind != JsonValueKind.Array)
            throw new ArgumentException("positions JSON: expected {\"positions\": [{\"instrument\", \"quantity\", \"mark\"}, ...], \"cash\": {\"USD\": 5000}}");
        if (root.EnumerateObject().Select(p => p.Name).FirstOrDefault(name => name is not ("positions" or "cash")) is { } extra)
            throw new ArgumentException($"positions JSON: unknown field '{extra}' (positions, cash)");
        var cash = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (root.TryGetProperty("cash", out var balances))
        {
            if (balances.ValueKind != JsonValueKind.Object) throw new ArgumentException("cash: expected an object of currency to amount, e.g. {\"USD\": 5000}");
            foreach (var balance in balances.EnumerateObject())
                AddCash(cash, $"cash.{balance.Name}", balance.Name,
                    balance.Value.ValueKind == JsonValueKind.String ? balance.Value.GetString() : balance.Value.GetRawText());
        }
        var rows = new List<PositionRow>();
        foreach (var (item, i) in list.EnumerateArray().Select((e, i) => (e, i)))
        {
            var row = $"positions[{i}]";
            if (item.ValueKind != JsonValueKind.Object) throw new ArgumentException($"{row}: expected an object with instrument, quantity and mark");
            if (item.EnumerateObject().Select(p => p.Name).FirstOrDefault(name => !Fields.Contains(name)) is { } unknown)
                throw Bad(row, unknown, "unknown field (instrument, quantity, mark)");
            string? Cell(string field) => item.TryGetProperty(field, out var v) && v.ValueKind != JsonValueKind.Null
                ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()
                : null;
            rows.Add(Position(row, Cell("instrument"), Cell("quantity"), Cell("mark")));
        }
        return new PositionBook(rows, cash);
    }

    public static PositionBook ParseCsv(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.Count > 0 ? lines[0].Split(',').Select(h => h.Trim().ToLowerInvariant()).ToList() : [];
        if (header.FirstOrDefault(h => !Fields.Contains(h)) is { } unknown)
            throw Bad("line 1", unknown.Length > 0 ? unknown : "(empty)", "unknown column: the header names instrument, quantity and optionally mark");
        if (!header.Contains("instrument") || !header.Contains("quantity"))
            throw new ArgumentException("line 1: the header must name instrument and quantity (and optionally mark)");
        var rows = new List<PositionRow>();
        var cash = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var n = 1; n < lines.Count; n++)
        {
            if (lines[n].Trim().Length == 0) continue;
            var row = $"line {n + 1}";
            var cells = lines[n].Split(',').Select(c => c.Trim()).ToList();
            if (cells.Count != header.Count) throw new ArgumentException($"{row}: {cells.Count} fields, the header has {header.Count}");
            string? Cell(string field) => header.IndexOf(field) is var at and >= 0 && cells[at].Length > 0 ? cells[at] : null;
            if (Cell("instrument") is { } name && name.StartsWith(CashPrefix, StringComparison.OrdinalIgnoreCase))
            {
                if (Cell("mark") is not null) throw Bad(row, "mark", "cash has no mark: its quantity is the amount");
                AddCash(cash, row, name[CashPrefix.Length..], Cell("quantity"));
            }
            else rows.Add(Position(row, Cell("instrument"), Cell("quantity"), Cell("mark")));
        }
        return new PositionBook(rows, cash);
    }

    private static void AddCash(Dictionary<string, decimal> cash, string row, string currency, string? amount)
    {
        if (currency.Length is < 2 or > 12 || !char.IsAsciiLetterUpper(currency[0]) || !currency.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
            throw Bad(row, "currency", $"'{currency}' is not a currency code (2 to 12 capital letters or digits, e.g. USD, USDT)");
        var value = Number(row, "amount", amount) ?? throw Bad(row, "amount", "missing");
        if (!cash.TryAdd(currency, value)) throw Bad(row, "currency", $"{currency} is given twice: give each currency's cash once");
    }

    private static PositionRow Position(string row, string? instrument, string? quantity, string? mark)
    {
        if (instrument is null) throw Bad(row, "instrument", "missing");
        if (!InstrumentId.TryParse(instrument, out var id, out var invalid)) throw Bad(row, "instrument", invalid);
        var units = Number(row, "quantity", quantity) ?? throw Bad(row, "quantity", "missing");
        if (units == 0m) throw Bad(row, "quantity", "0: a position has units (negative for a short)");
        var price = Number(row, "mark", mark);
        if (price <= 0m) throw Bad(row, "mark", $"{price}: a mark is a positive price");
        return new PositionRow(row, id, units, price);
    }

    private static decimal? Number(string row, string field, string? text) =>
        text is null ? null
        : decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : throw Bad(row, field, $"'{text}' is not a number");

    private static ArgumentException Bad(string row, string field, string why) => new($"{row}, {field}: {why}");
}
