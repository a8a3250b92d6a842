using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Hive.Data.Analytics;

/// <summary>CSV (RFC 4180 quoting, ISO-8601 timestamps) and JSON (an array of objects) renderings of a result.
/// The interactive table lives in the CLI, which owns the console.</summary>
public static class QueryResultFormatter
{
    public static string ToCsv(QueryResult result)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', result.Columns.Select(Quote)).Append('\n');
        foreach (var row in result.Rows)
            text.AppendJoin(',', row.Select(v => Quote(Format(v)))).Append('\n');
        return text.ToString();
    }

    public static string ToJson(QueryResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var row in result.Rows)
            {
                writer.WriteStartObject();
                for (var i = 0; i < result.Columns.Count; i++)
                {
                    writer.WritePropertyName(result.Columns[i]);
                    switch (row[i])
                    {
                        case null: writer.WriteNullValue(); break;
                        case bool b: writer.WriteBooleanValue(b); break;
                        case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
                        case float f when float.IsFinite(f): writer.WriteNumberValue(f); break;
                        case decimal m: writer.WriteNumberValue(m); break;
                        case long or int or short or sbyte or byte or ushort or uint or ulong:
                            writer.WriteRawValue(Convert.ToString(row[i], CultureInfo.InvariantCulture)!); break;
                        case System.Numerics.BigInteger big: writer.WriteRawValue(big.ToString(CultureInfo.InvariantCulture)); break;
                        default: writer.WriteStringValue(Format(row[i])); break;
                    }
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Format(object? value) => value switch
    {
        null => "",
        DateTime time => time.TimeOfDay == TimeSpan.Zero ? time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
