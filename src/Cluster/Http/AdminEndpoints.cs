using Akka.Actor;
using Akka.Event;
using LogLevel = Akka.Event.LogLevel;
using Akka.Hosting;
using Hive.Actors.Diagnostics;
using Hive.Actors.ReadModel;
using Hive.Cluster.Management;
using Hive.Cluster.Security;

namespace Hive.Cluster.Http;

/// <summary>The management endpoint behind `hive ctl` (admin keys only).</summary>
public static class AdminEndpoints
{
    public sealed record AddressRequest(string? Address);

    public sealed record LogLevelRequest(string? Level);

    public static void Map(WebApplication app)
    {
        var admin = app.MapGroup("/api/admin").RequireAccess(ApiAccess.Admin);

        admin.MapGet("/cluster/leader", (ClusterQueries q) => Results.Ok(new { leader = q.Members().Leader }));
        admin.MapPost("/cluster/join", (HttpRequest r, ClusterQueries q) => WithAddress(r, q, required: true, (a, _) =>
        {
            q.Join(a!);
            return Results.Ok(new { joining = a!.ToString() });
        }));
        // Akka ignores a leave or a down of an address that is no member (a typo): answering "leaving" would hide it.
        admin.MapPost("/cluster/leave", (HttpRequest r, ClusterQueries q) => WithAddress(r, q, required: false, (a, self) =>
        {
            if (a is not null && !q.IsMember(a)) return NotAMember(a);
            q.Leave(a);
            return Results.Ok(new { leaving = a?.ToString() ?? self });
        }));
        admin.MapPost("/cluster/down", (HttpRequest r, ClusterQueries q) => WithAddress(r, q, required: true, (a, _) =>
        {
            if (!q.IsMember(a!)) return NotAMember(a!);
            q.Down(a!);
            return Results.Ok(new { downed = a!.ToString() });
        }));
        admin.MapPost("/cluster/down-unreachable", (ClusterQueries q) => Results.Ok(new { downed = q.DownUnreachable() }));
        admin.MapGet("/cluster/events", StreamEventsAsync);
        admin.MapGet("/sharding/{region}", (string region, ClusterQueries q) =>
            StatusEndpoints.Try(async () => Results.Ok(await q.RegionAsync(region))));
        admin.MapGet("/sharding/{region}/local", (string region, ClusterQueries q) =>
            StatusEndpoints.Try(async () => Results.Ok(await q.LocalRegionAsync(region))));
        admin.MapPost("/projections/rebuild", RebuildProjectionsAsync);
        admin.MapGet("/actors", async (int? depth, ActorSystem system) => Results.Ok(await ActorHierarchy.WalkAsync(system, depth ?? 3)));
        admin.MapGet("/log", (int? lines, ActorSystem system) => Results.Ok(LogRing.For(system).Tail(Math.Clamp(lines ?? 50, 1, 1000))));
        admin.MapPost("/log/level", async (HttpRequest r, ActorSystem system) =>
        {
            var (body, error) = await ApiResults.ReadBodyAsync<LogLevelRequest>(r);
            if (error is not null) return error;
            if (!TryParseLevel(body!.Level, out var level))
                return ApiResults.BadRequest("invalid-log-level", $"log level '{body.Level}' is not one of debug, info, warning, error");
            system.EventStream.SetLogLevel(level);
            system.Log.Info("log level set to {0} by hive ctl", level);
            return Results.Ok(new { level = body.Level!.ToLowerInvariant() });
        });
    }

    /// <summary>Empties the read tables and has the projection fold the journal again from its start; answers once the
    /// tables are empty and the projection is running again (the catch-up itself shows as lag in /api/counters).</summary>
    private static async Task<IResult> RebuildProjectionsAsync(IReadOnlyActorRegistry registry)
    {
        if (!registry.TryGet<ReadModelProjector>(out var projector))
            return ApiResults.Error(StatusCodes.Status409Conflict, "no-read-side", "this node runs no read-side projection");
        try
        {
            var answer = await projector.Ask<ReadModelRebuilt>(RebuildReadModel.Instance, TimeSpan.FromSeconds(60));
            return answer.Error is null
                ? Results.Ok(new { rebuilt = true, truncatedAt = answer.TruncatedAt })
                : ApiResults.Error(StatusCodes.Status503ServiceUnavailable, "rebuild-failed", answer.Error);
        }
        catch (AskTimeoutException)
        {
            return ApiResults.Error(StatusCodes.Status504GatewayTimeout, "timeout", "the projection did not answer within 60 s");
        }
    }

    private static async Task<IResult> WithAddress(HttpRequest request, ClusterQueries q, bool required, Func<Address?, string, IResult> act)
    {
        var (body, error) = await ApiInput.ReadOptionalAsync<AddressRequest>(request);
        if (error is not null) return error;

        if (string.IsNullOrWhiteSpace(body?.Address))
            return required ? ApiResults.BadRequest("missing-address", "an address is required, e.g. {\"address\": \"127.0.0.1:5054\"}") : act(null, q.Members().Self);
        try
        {
            return act(q.ParseAddress(body.Address), q.Members().Self);
        }
        catch (ArgumentException e)
        {
            return ApiResults.BadRequest("invalid-address", e.Message);
        }
    }

    private static IResult NotAMember(Address address) =>
        ApiResults.Error(StatusCodes.Status404NotFound, "not-a-member", $"{address} is not a member of this cluster (hive ctl cluster show lists them)");

    private static async Task StreamEventsAsync(HttpContext context, ActorSystem system)
    {
        context.Response.ContentType = "application/x-ndjson";
        await using var feed = new ClusterEventFeed(system);
        var ct = context.RequestAborted;
        try
        {
            await foreach (var e in feed.Events.ReadAllAsync(ct))
            {
                await context.Response.WriteAsync(System.Text.Json.JsonSerializer.Serialize(e, System.Text.Json.JsonSerializerOptions.Web) + "\n", ct);
                await context.Response.Body.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException)
        {
            // the client went away (^C): nothing to clean up beyond the feed
        }
    }

    private static bool TryParseLevel(string? text, out LogLevel level)
    {
        level = (text ?? "").ToLowerInvariant() switch
        {
            "debug" => LogLevel.DebugLevel,
            "info" => LogLevel.InfoLevel,
            "warning" or "warn" => LogLevel.WarningLevel,
            "error" => LogLevel.ErrorLevel,
            _ => (LogLevel)(-1),
        };
        return (int)level >= 0;
    }
}
