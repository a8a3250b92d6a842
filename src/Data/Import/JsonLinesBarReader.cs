using System.Text;
using System.Text.Json;

namespace Hive.Data.Import;

/// <summary>JSON lines: one object per line, e.g. <c>{"ts":"2024-01-02T00:00:00Z","open":1,"high":2,"low":0.5,"close":1.5,"volume":10}</c>.
/// Property names follow the same <see cref="ColumnMapping"/> as CSV headers (resolved against the first object);
/// values may be numbers or numeric strings, timestamps ISO strings or epoch numbers.</summary>
public static class JsonLinesBarReader
{
    public static RawBarRows Read(byte[] content, ColumnMapping mapping, IProgress<double>? progress = null)
    {
        var builder = new RawBarRows.Builder(content.Length / 96);
        var lineStarts = new List<(int Start, int Length)>();
        string[]? names = null;
        int[]? columns = null;
        var position = 0;
        long line = 0;
        var span = content.AsSpan();
        while (position < span.Length)
        {
            var start = position;
            var newline = span[position..].IndexOf((byte)'\n');
            var length = newline < 0 ? span.Length - position : newline;
            position += newline < 0 ? length : length + 1;
            line++;
            var row = span.Slice(start, length).TrimEnd((byte)'\r').Trim((byte)' ');
            if (row.IsEmpty) continue;
            if ((line & 0xFFFF) == 0) progress?.Report((double)position / span.Length);
            var text = Encoding.UTF8.GetString(row);
            JsonDocument document;
            try { document = JsonDocument.Parse(text); }
            catch (JsonException e)
            {
                if (names is null) throw new ImportException($"line {line} is not JSON ({e.Message}); expected one JSON object per line");
                builder.Unparsable.Add(new RejectedRow(line, $"not valid JSON: {e.Message}", text));
                continue;
            }
            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    builder.Unparsable.Add(new RejectedRow(line, $"expected a JSON object, found {document.RootElement.ValueKind}", text));
                    continue;
                }
                if (names is null)
                {
                    names = document.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
                    columns = mapping.Resolve(names);
                }
                string? error = null;
                var time = Time(document.RootElement, names[columns![0]], ref error);
                var close = Value(document.RootElement, columns[(int)BarField.Close], names, double.NaN, ref error);
                var open = Value(document.RootElement, columns[(int)BarField.Open], names, close, ref error);
                var high = Value(document.RootElement, columns[(int)BarField.High], names, close, ref error);
                var low = Value(document.RootElement, columns[(int)BarField.Low], names, close, ref error);
                var volume = Value(document.RootElement, columns[(int)BarField.Volume], names, 0, ref error);
                if (error is not null)
                {
                    builder.Unparsable.Add(new RejectedRow(line, error, text));
                    continue;
                }
                builder.Add(time, open, high, low, close, volume, line);
                lineStarts.Add((start, row.Length));
            }
        }
        if (names is null) throw new ImportException("the file is empty (no JSON lines)");
        progress?.Report(1.0);
        return builder.Build(string.Join(",", names), index => Encoding.UTF8.GetString(content, lineStarts[index].Start, lineStarts[index].Length));
    }

    private static long Time(JsonElement row, string name, ref string? error)
    {
        if (!row.TryGetProperty(name, out var value)) { error ??= $"{name}: missing"; return 0; }
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        if (TimestampParser.TryParse(Encoding.UTF8.GetBytes(text), out var ms)) return ms;
        error ??= $"{name}: '{text}' is not a timestamp";
        return 0;
    }

    private static double Value(JsonElement row, int column, string[] names, double missing, ref string? error)
    {
        if (column < 0) return missing;
        var name = names[column];
        if (!row.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) { error ??= $"{name}: missing"; return double.NaN; }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number)) return number;
        if (value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out number) && double.IsFinite(number)) return number;
        error ??= $"{name}: '{value.GetRawText()}' is not a number";
        return double.NaN;
    }
}
