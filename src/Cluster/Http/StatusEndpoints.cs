using Hive.Actors.Diagnostics;
using Hive.Cluster.Management;
using Hive.Cluster.Node;

namespace Hive.Cluster.Http;

/// <summary>Unauthenticated, read-only: liveness, readiness, membership, shard placement, counters.</summary>
public static class StatusEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/health/live", () => Results.Ok(new { status = "live" }));
        app.MapGet("/health/ready", (ReadinessMonitor monitor) =>
        {
            var report = monitor.Current;
            return Results.Json(report, statusCode: report.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        app.MapGet("/api/cluster/members", (ClusterQueries q) => Results.Ok(q.Members()));
        app.MapGet("/api/cluster/shards", async (ClusterQueries q) => await Try(async () => Results.Ok(await q.ShardsAsync())));
        app.MapGet("/api/counters", () => Results.Ok(HiveCounters.Snapshot()));
    }

    /// <summary>Shard statistics need the coordinators; while they are moving the answer is 503, not a crash.</summary>
    internal static async Task<IResult> Try(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is Akka.Actor.AskTimeoutException or TaskCanceledException)
        {
            return ApiResults.Error(StatusCodes.Status503ServiceUnavailable, "sharding-unavailable",
                "shard coordinators did not answer in time (cluster starting or failing over); try again");
        }
        catch (ArgumentException e)
        {
            return ApiResults.BadRequest("invalid-argument", e.Message);
        }
    }
}
