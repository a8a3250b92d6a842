using System.Buffers.Text;
using System.Text;

namespace Hive.Data.Import;

/// <summary>
/// A span-based CSV reader for bar files: one pass over the UTF-8 bytes, fields located with vectorised
/// <c>IndexOf</c>, numbers parsed by <see cref="Utf8Parser"/>, nothing allocated per row (a general CSV library
/// allocates a string per field and is an order of magnitude slower). The first non-empty line is the header.
/// Fields may be wrapped in double quotes; quoted commas are not supported (bar files do not have them).
/// </summary>
public static class CsvBarReader
{
    private const int ProgressEvery = 1 << 16;

    public static RawBarRows Read(byte[] content, ColumnMapping mapping, IProgress<double>? progress = null)
    {
        var span = content.AsSpan();
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];
        var baseOffset = content.Length - span.Length;
        var position = 0;
        long line = 0;
        ReadOnlySpan<byte> headerLine = default;
        while (position < span.Length)
        {
            var current = NextLine(span, ref position);
            line++;
            if (!current.Trim((byte)' ').IsEmpty) { headerLine = current; break; }
        }
        if (headerLine.IsEmpty) throw new ImportException("the file is empty (no header line)");
        if (headerLine.IndexOf((byte)0) >= 0 || !System.Text.Unicode.Utf8.IsValid(headerLine))
            throw new ImportException("the file is not text (binary bytes in the first line); expected CSV with a header such as date,open,high,low,close,volume");
        var header = Encoding.UTF8.GetString(headerLine).Split(',').Select(h => h.Trim().Trim('"')).ToArray();
        if (header.Length > 0 && TimestampParser.TryParse(Encoding.UTF8.GetBytes(header[0]), out _))
            throw new ImportException($"line 1 ('{Encoding.UTF8.GetString(headerLine)}') looks like data, not a header; add a header line such as date,open,high,low,close,volume");
        var columns = mapping.Resolve(header);
        var fieldCount = header.Length;

        var builder = new RawBarRows.Builder(content.Length / 48);
        var lineStarts = new List<(int Start, int Length)>(Math.Max(16, content.Length / 48));
        Span<int> starts = stackalloc int[Math.Min(fieldCount + 1, 256)];
        Span<int> lengths = stackalloc int[Math.Min(fieldCount + 1, 256)];
        if (fieldCount > 255) throw new ImportException($"the header has {fieldCount} columns; at most 255 are supported");
        var nextProgress = ProgressEvery;

        while (position < span.Length)
        {
            var lineStart = position;
            var row = NextLine(span, ref position);
            line++;
            if (row.IsEmpty || row.Trim((byte)' ').IsEmpty) continue;
            if (line >= nextProgress) { progress?.Report((double)position / span.Length); nextProgress += ProgressEvery; }

            var found = Split(row, starts, lengths, fieldCount + 1);
            if (found != fieldCount)
            {
                builder.Unparsable.Add(new RejectedRow(line, $"expected {fieldCount} fields as in the header, found {found}", Encoding.UTF8.GetString(row)));
                continue;
            }
            if (!TimestampParser.TryParse(Field(row, starts, lengths, columns[0]), out var time))
            {
                builder.Unparsable.Add(new RejectedRow(line, $"{header[columns[0]]}: '{Encoding.UTF8.GetString(Field(row, starts, lengths, columns[0]))}' is not a timestamp", Encoding.UTF8.GetString(row)));
                continue;
            }
            string? error = null;
            var close = Number(row, starts, lengths, columns[(int)BarField.Close], header, double.NaN, ref error);
            var open = Number(row, starts, lengths, columns[(int)BarField.Open], header, close, ref error);
            var high = Number(row, starts, lengths, columns[(int)BarField.High], header, close, ref error);
            var low = Number(row, starts, lengths, columns[(int)BarField.Low], header, close, ref error);
            var volume = Number(row, starts, lengths, columns[(int)BarField.Volume], header, 0, ref error);
            if (error is not null)
            {
                builder.Unparsable.Add(new RejectedRow(line, error, Encoding.UTF8.GetString(row)));
                continue;
            }
            builder.Add(time, open, high, low, close, volume, line);
            lineStarts.Add((baseOffset + lineStart, row.Length));
        }
        progress?.Report(1.0);
        return builder.Build(Encoding.UTF8.GetString(headerLine), index => Encoding.UTF8.GetString(content, lineStarts[index].Start, lineStarts[index].Length));
    }

    private static ReadOnlySpan<byte> NextLine(ReadOnlySpan<byte> span, scoped ref int position)
    {
        var rest = span[position..];
        var newline = rest.IndexOf((byte)'\n');
        ReadOnlySpan<byte> line;
        if (newline < 0) { line = rest; position = span.Length; }
        else { line = rest[..newline]; position += newline + 1; }
        if (!line.IsEmpty && line[^1] == '\r') line = line[..^1];
        return line;
    }

    /// <summary>Records field boundaries; returns the field count (stops counting past <paramref name="max"/>).</summary>
    private static int Split(ReadOnlySpan<byte> row, Span<int> starts, Span<int> lengths, int max)
    {
        var count = 0;
        var start = 0;
        while (true)
        {
            var comma = row[start..].IndexOf((byte)',');
            var length = comma < 0 ? row.Length - start : comma;
            if (count < starts.Length) { starts[count] = start; lengths[count] = length; }
            count++;
            if (comma < 0 || count > max) return count;
            start += comma + 1;
        }
    }

    private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> row, Span<int> starts, Span<int> lengths, int column)
    {
        var field = row.Slice(starts[column], lengths[column]).Trim((byte)' ');
        if (field.Length >= 2 && field[0] == '"' && field[^1] == '"') field = field[1..^1];
        return field;
    }

    private static double Number(ReadOnlySpan<byte> row, Span<int> starts, Span<int> lengths, int column, string[] header, double missing, ref string? error)
    {
        if (column < 0) return missing;
        var field = Field(row, starts, lengths, column);
        if (FastNumber.TryParse(field, out var value)) return value;
        if (Utf8Parser.TryParse(field, out value, out var consumed) && consumed == field.Length && double.IsFinite(value)) return value;
        error ??= $"{header[column]}: '{Encoding.UTF8.GetString(field)}' is not a number";
        return double.NaN;
    }
}
