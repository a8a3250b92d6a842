using Parquet;
using Parquet.Schema;

namespace Hive.Data.Import;

/// <summary>Imports a Parquet file of bars (any producer): columns are matched by name like CSV headers; the time
/// column may be a timestamp, an epoch number or a string; price columns any numeric type. "Line" numbers in
/// reports are 1-based row numbers.</summary>
public static class ParquetBarReader
{
    public static async Task<RawBarRows> ReadAsync(byte[] content, ColumnMapping mapping, CancellationToken cancellationToken = default)
    {
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(new MemoryStream(content, writable: false), cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or NotSupportedException)
        {
            throw new ImportException($"not a readable Parquet file: {e.Message}");
        }
        await using (reader)
        {
            var fields = reader.Schema.GetDataFields();
            var names = fields.Select(f => f.Name).ToArray();
            var columns = mapping.Resolve(names);
            var builder = new RawBarRows.Builder(0);
            var raws = new List<string>();
            long row = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var count = (int)group.RowCount;
                var values = new object?[6][];
                for (var f = 0; f < 6; f++)
                    values[f] = columns[f] < 0 ? new object?[count] : await ReadColumnAsync(group, fields[columns[f]], count, cancellationToken);
                for (var i = 0; i < count; i++)
                {
                    row++;
                    var raw = string.Join(",", values.Select(v => Convert.ToString(v[i], System.Globalization.CultureInfo.InvariantCulture)));
                    string? error = null;
                    var time = ToTime(values[0][i], names[columns[0]], ref error);
                    var close = ToNumber(values[(int)BarField.Close][i], columns[(int)BarField.Close], names, double.NaN, ref error);
                    var open = ToNumber(values[(int)BarField.Open][i], columns[(int)BarField.Open], names, close, ref error);
                    var high = ToNumber(values[(int)BarField.High][i], columns[(int)BarField.High], names, close, ref error);
                    var low = ToNumber(values[(int)BarField.Low][i], columns[(int)BarField.Low], names, close, ref error);
                    var volume = ToNumber(values[(int)BarField.Volume][i], columns[(int)BarField.Volume], names, 0, ref error);
                    if (error is not null) { builder.Unparsable.Add(new RejectedRow(row, error, raw)); continue; }
                    builder.Add(time, open, high, low, close, volume, row);
                    raws.Add(raw);
                }
            }
            return builder.Build(string.Join(",", names), index => raws[index]);
        }
    }

    private static async Task<object?[]> ReadColumnAsync(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
    {
        var result = new object?[count];
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type == typeof(string))
        {
            var buffer = new string?[count];
            await group.ReadAsync(field, buffer.AsMemory(), cancellationToken: cancellationToken);
            for (var i = 0; i < count; i++) result[i] = buffer[i];
            return result;
        }
        return type switch
        {
            _ when type == typeof(double) => await Read<double>(group, field, count, cancellationToken),
            _ when type == typeof(float) => await Read<float>(group, field, count, cancellationToken),
            _ when type == typeof(decimal) => await Read<decimal>(group, field, count, cancellationToken),
            _ when type == typeof(long) => await Read<long>(group, field, count, cancellationToken),
            _ when type == typeof(int) => await Read<int>(group, field, count, cancellationToken),
            _ when type == typeof(DateTime) => await Read<DateTime>(group, field, count, cancellationToken),
            _ when type == typeof(DateTimeOffset) => await Read<DateTimeOffset>(group, field, count, cancellationToken),
            _ => throw new ImportException($"Parquet column '{field.Name}' has type {type.Name}, which cannot be a bar field"),
        };
    }

    private static async Task<object?[]> Read<T>(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken) where T : struct
    {
        var result = new object?[count];
        if (field.IsNullable)
        {
            var buffer = new T?[count];
            await group.ReadAsync(field, buffer.AsMemory(), cancellationToken: cancellationToken);
            for (var i = 0; i < count; i++) result[i] = buffer[i];
        }
        else
        {
            var buffer = new T[count];
            await group.ReadAsync(field, buffer.AsMemory(), cancellationToken: cancellationToken);
            for (var i = 0; i < count; i++) result[i] = buffer[i];
        }
        return result;
    }

    private static long ToTime(object? value, string name, ref string? error)
    {
        switch (value)
        {
            case DateTime time: return (DateTime.SpecifyKind(time, time.Kind == DateTimeKind.Local ? DateTimeKind.Local : DateTimeKind.Utc).ToUniversalTime().Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;
            case DateTimeOffset offset: return offset.ToUnixTimeMilliseconds();
            case null: error ??= $"{name}: missing"; return 0;
        }
        var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
        if (TimestampParser.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out var ms)) return ms;
        error ??= $"{name}: '{text}' is not a timestamp";
        return 0;
    }

    private static double ToNumber(object? value, int column, string[] names, double missing, ref string? error)
    {
        if (column < 0) return missing;
        double number;
        switch (value)
        {
            case null: error ??= $"{names[column]}: missing"; return double.NaN;
            case string text when double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out number): break;
            case string text: error ??= $"{names[column]}: '{text}' is not a number"; return double.NaN;
            default: number = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture); break;
        }
        if (double.IsFinite(number)) return number;
        error ??= $"{names[column]}: '{number}' is not a finite number";
        return double.NaN;
    }
}
