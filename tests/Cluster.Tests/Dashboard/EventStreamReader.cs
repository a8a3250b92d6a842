namespace Hive.Cluster.Tests.Dashboard;

/// <summary>Reads a text/event-stream the way a browser's EventSource does: named events with their data, comments skipped.</summary>
public sealed class EventStreamReader(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream);

    public sealed record ServerEvent(string Name, string Data);

    /// <summary>The next event, or null when the stream ended.</summary>
    public async Task<ServerEvent?> NextAsync(CancellationToken ct)
    {
        string? name = null;
        var data = new List<string>();
        while (await _reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Count > 0 || name is not null) return new ServerEvent(name ?? "message", string.Join("\n", data));
                continue;
            }
            if (line.StartsWith(':')) continue;
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data.Add(line["data: ".Length..]);
        }
        return null;
    }

    /// <summary>Reads until an event the condition accepts; fails when the time is up or the stream ends first.</summary>
    public async Task<ServerEvent> UntilAsync(Func<ServerEvent, bool> condition, string what, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            while (await NextAsync(timeout.Token) is { } e)
                if (condition(e)) return e;
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"no {what} on the event stream within {within.TotalSeconds:0.#} s");
        }
        Assert.Fail($"the event stream ended before {what}");
        return null!;
    }

    public void Dispose() => _reader.Dispose();
}
