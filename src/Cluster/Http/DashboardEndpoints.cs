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
        app.MapGet("/", (HttpContext context, ApiAuthenticator authenticator) =>
            DashboardAssets.Page(SessionEndpoints.Of(authenticator.Authenticate(context.Request)), context.Response)).RequireAccess(ApiAccess.Open);
        app.MapGet("/dashboard/{*file}", (string file, HttpResponse response) => DashboardAssets.Serve(file, response)).RequireAccess(ApiAccess.Open);
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

    /// <summary>How often an open stream checks that its key still grants what it granted when the stream opened.</summary>
    public static readonly TimeSpan GrantsCheckEvery = TimeSpan.FromSeconds(1);

    /// <summary>Server-Sent Events until the page goes away: what the hub offers this client (events of the accounts its caller
    /// may see), a heartbeat comment now and then, and <c>resync</c> when the client fell behind and lost events. Every
    /// <see cref="GrantsCheckEvery"/> the stream checks its key again: once the key is revoked or rotated, or its user's role or
    /// accounts changed, it sends <c>grants-changed</c> and ends, and the page's reconnect meets the key as it is now (a 401, or
    /// the new scope), so a stream never outlives what its key may see by more than that.</summary>
    public static async Task StreamAsync(HttpContext context, DashboardHub hub, ApiAuthenticator authenticator)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        var caller = ApiCaller.Of(context);
        var client = hub.Join(caller?.Accounts);
        var ct = context.RequestAborted;
        try
        {
            await response.WriteAsync(DashboardFrames.Retry, ct);
            await response.Body.FlushAsync(ct);
            Task<IReadOnlyList<string>>? next = null;
            while (!ct.IsCancellationRequested)
            {
                next ??= client.NextAsync(ct).AsTask();
                if (await Task.WhenAny(next, Task.Delay(GrantsCheckEvery, ct)) != next)
                {
                    if (caller is not null && !caller.SameGrantsAs(authenticator.Authenticate(context.Request)))
                    {
                        HiveCounters.Record("dashboard/streams-ended-for-grants");
                        await response.WriteAsync(DashboardFrames.GrantsChanged, ct);
                        await response.Body.FlushAsync(ct);
                        return;
                    }
                    continue;
                }
                foreach (var frame in await next) await response.WriteAsync(frame, ct);
                await response.Body.FlushAsync(ct);
                next = null;
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
