using System.Text.Json;

namespace Hive.Cluster.Dashboard;

/// <summary>The text/event-stream frames the dashboard's stream writes (https://html.spec.whatwg.org/multipage/server-sent-events.html).</summary>
public static class DashboardFrames
{
    public const string Heartbeat = ": heartbeat\n\n";

    /// <summary>Sent first: how long the browser waits before reconnecting by itself, in milliseconds.</summary>
    public const string Retry = "retry: 2000\n\n";

    /// <summary>One named event with a JSON payload on a single data line (JSON written compactly has no line breaks).</summary>
    public static string Event(string name, object payload) =>
        $"event: {name}\ndata: {JsonSerializer.Serialize(payload, JsonSerializerOptions.Web)}\n\n";

    /// <summary>The last frame of a stream whose key no longer grants what it did when the stream opened.</summary>
    public static readonly string GrantsChanged = Event("grants-changed", new { reason = "the key was revoked or rotated, or its role or accounts changed" });

    public static string Resync(long dropped) => Event("resync", new { dropped, reason = "this page read too slowly; reload every panel" });
}
