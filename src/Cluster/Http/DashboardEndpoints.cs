using Hive.Cluster.Dashboard;
using Hive.Cluster.Node;
using Hive.Cluster.Security;

namespace Hive.Cluster.Http;

/// <summary>The node's web dashboard (its page and scripts, embedded in the hive assembly), the live event stream that feeds
/// it, and the sample-data and paper-demo status.</summary>
public static class DashboardEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/", () => DashboardAssets.Serve("index.html")).RequireAccess(ApiAccess.Open);
        app.MapGet("/dashboard/{*file}", (string file) => DashboardAssets.Serve(file)).RequireAccess(ApiAccess.Open);
        app.MapGet("/api/events", StreamAsync).RequireAccess(ApiAccess.Read);
        app.MapGet("/api/data/status", (SampleDataImporter importer) => Results.Ok(new { status = importer.Status, lake = importer.LakePath })).RequireAccess(ApiAccess.Read);
        app.MapGet("/api/paper", (Trading.PaperDemo demo) => Results.Ok(new { status = demo.Status, barsReplayed = demo.BarsReplayed, account = Trading.PaperDemo.Account.Value })).RequireAccess(ApiAccess.Read);
    }

    /// <summary>Server-Sent Events until the page goes away: what the hub offers this client (events of the accounts its caller
    /// may see, as the caller was when the stream opened), a heartbeat comment now and then, and <c>resync</c> when the client
    /// fell behind and lost events.</summary>
    public static async Task StreamAsync(HttpContext context, DashboardHub hub)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        var client = hub.Join(ApiCaller.Of(context)?.Accounts);
        var ct = context.RequestAborted;
        try
        {
            await response.WriteAsync(DashboardFrames.Retry, ct);
            await response.Body.FlushAsync(ct);
            while (!ct.IsCancellationRequested)
            {
                foreach (var frame in await client.NextAsync(ct)) await response.WriteAsync(frame, ct);
                await response.Body.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException)
        {
            // the page closed or reloaded; it reconnects by itself
        }
        finally
        {
            client.Leave();
        }
    }
}
