using Hive.Actors.Diagnostics;
using Hive.Actors.ReadModel;
using Hive.Cluster.Management;
using Hive.Cluster.Node;
using Hive.Cluster.Security;

namespace Hive.Cluster.Http;

/// <summary>Read-only: liveness and readiness (open, for probes), membership, shard placement, counters (any key).</summary>
public static class StatusEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/health/live", () => Results.Ok(new { status = "live" })).RequireAccess(ApiAccess.Open);
        app.MapGet("/health/ready", (ReadinessMonitor monitor) =>
        {
            var report = monitor.Current;
            return Results.Json(report, statusCode: report.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).RequireAccess(ApiAccess.Open);
        app.MapGet("/api/cluster/members", (ClusterQueries q) => Results.Ok(q.Members())).RequireAccess(ApiAccess.Read);
        app.MapGet("/api/cluster/shards", async (ClusterQueries q) => await Try(async () => Results.Ok(await q.ShardsAsync()))).RequireAccess(ApiAccess.Read);
        app.MapGet("/api/counters", async (ReadModelLag lag, CancellationToken ct) => Results.Ok(WithLag(HiveCounters.Snapshot(), await lag.RecentAsync(ct)))).RequireAccess(ApiAccess.Read);
    }

    /// <summary>The counters plus the read side's lag per tag: events behind the journal's head and whole seconds since the
    /// newest projected event (-1 before the first).</summary>
    internal static SortedDictionary<string, long> WithLag(IReadOnlyDictionary<string, long> counters, ProjectionLag lag)
    {
        var all = new SortedDictionary<string, long>(counters.ToDictionary(kv => kv.Key, kv => kv.Value), StringComparer.Ordinal);
        foreach (var tag in lag.Tags)
        {
            all[$"projection/{tag.Tag}/events-behind"] = tag.EventsBehind;
            all[$"projection/{tag.Tag}/seconds-since-newest-event"] = tag.SecondsSinceNewestEvent is { } s ? (long)s : -1;
            all[$"projection/{tag.Tag}/position"] = tag.Position;
        }
        return all;
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
