using System.Text.Encodings.Web;
using System.Text.Json;

namespace Hive.Actors.Diagnostics;

/// <summary>Writes one structured log line to stdout: <c>{"timestamp","level","source","message",...fields,"exception"}</c>,
/// the shape of the Akka logs, ASP.NET Core's JSON console and the node's start-up line alike.</summary>
public static class JsonLogLine
{
    private static readonly Lock Gate = new();
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(DateTime timestampUtc, string level, string? source, string message,
        IReadOnlyDictionary<string, string> fields, Exception? exception = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("timestamp", timestampUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("level", level);
            if (source is not null) json.WriteString("source", source);
            json.WriteString("message", message);
            foreach (var (name, value) in fields) json.WriteString(name, value);
            if (exception is not null) json.WriteString("exception", exception.ToString());
            json.WriteEndObject();
        }
        var line = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        lock (Gate) Console.Out.WriteLine(line);
    }
}
