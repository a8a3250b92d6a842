using Hive.Actors.Diagnostics;
using Hive.Actors.ReadModel;
using Hive.Cluster.Dashboard;
using Hive.Cluster.Management;
using Hive.Cluster.Node;
using Hive.Cluster.Security;

namespace Hive.Cluster.Http;

/// <summary>The node's web dashboard (its page and scripts, embedded in the hive assembly), the live event stream that feeds
/// it, the sample-data and paper-demo status, and the overview page's one read.</summary>
public static class DashboardEndpoints
{
    private static readonly TimeSpan ShardsWait = TimeSpan.FromSeconds(1);

    public static void Map(WebApplication app)
    {
        app.MapGet("/", () => DashboardAssets.Serve("index.html")).RequireAccess(ApiAccess.Open);
        app.MapGet("/dashboard/{*file}", (string file) => DashboardAssets.Serve(file)).RequireAccess(ApiAccess.Open);
        app.MapGet("/api/events", StreamAsync).RequireAccess(ApiAccess.Read);
        app.MapGet("/api/data/status", (SampleDataImporter importer) => Results.Ok(DataStatus(importer))).RequireAccess(ApiAccess.Read);
        app.MapGet("/api/paper", (Trading.PaperDemo demo) => Results.Ok(PaperStatus(demo))).RequireAccess(ApiAccess.Read);
        app.MapGet("/api/overview", OverviewAsync).RequireAccess(ApiAccess.Read);
    }

    private static object DataStatus(SampleDataImporter importer) => new { status = importer.Status, lake = importer.LakePath };

    private static object PaperStatus(Trading.PaperDemo demo) => new { status = demo.Status, barsReplayed = demo.BarsReplayed, account = Trading.PaperDemo.Account.Value };

    /// <summary>
    /// The overview page in one read: what <c>/health/ready</c>, <c>/api/cluster/members</c>, <c>/api/cluster/shards</c>,
    /// <c>/api/counters</c>, <c>/api/data/status</c> and <c>/api/paper</c> answer, each from what the node keeps current
    /// (the readiness loop's last check and lag measurement, shard statistics at most seconds old), so it asks no region and
    /// queries no journal per request. Shards are <c>null</c> with <c>shardsProblem</c> saying why when the coordinators
    /// have not answered within <see cref="ShardsWait"/> (cluster starting or failing over); the rest is answered anyway.
    /// </summary>
    private static async Task<IResult> OverviewAsync(ReadinessMonitor readiness, ClusterQueries cluster, ReadModelLag lag,
        SampleDataImporter importer, Trading.PaperDemo demo, CancellationToken ct)
    {
        var shards = cluster.RecentShardsAsync();
        var counters = StatusEndpoints.WithLag(HiveCounters.Snapshot(), await lag.RecentAsync(ct));
        string? shardsProblem = null;
        try
        {
            await shards.WaitAsync(ShardsWait, ct);
        }
        catch (Exception e) when (e is TimeoutException or Akka.Actor.AskTimeoutException)
        {
            shardsProblem = "shard coordinators did not answer in time (cluster starting or failing over)";
        }
        return Results.Ok(new
        {
            ready = readiness.Current,
            members = cluster.Members(),
            shards = shardsProblem is null ? shards.Result : null,
            shardsProblem,
            counters,
            data = DataStatus(importer),
            paper = PaperStatus(demo),
        });
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
