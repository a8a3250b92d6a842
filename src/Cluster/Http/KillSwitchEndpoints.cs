using System.Text.Json;
using System.Text.Json.Serialization;
using Hive.Actors.Sharding;
using Hive.Cluster.Security;
using Hive.Cluster.Trading;
using Hive.Core.Ids;
using Hive.Core.Risk;
using static Hive.Cluster.Http.ApiInput;

namespace Hive.Cluster.Http;

/// <summary>Kill switches per strategy, per account and cluster-wide: the engaged ones (read), engaging and releasing one
/// (token-protected writes). An account or strategy the read side does not know is refused, and so is a second engagement.</summary>
public static class KillSwitchEndpoints
{
    public static void Map(WebApplication app, RouteGroupBuilder write)
    {
        app.MapGet("/api/risk/kill-switches", async (EntityGateway g) =>
        {
            var (reply, error) = await ApiResults.AskAsync(g, GetKillSwitches.Instance);
            if (error is not null) return error;
            var register = (KillSwitchState)reply!;
            return Results.Json(new
            {
                clusterWide = register.Cluster is not null,
                engaged = register.Engaged.Values.OrderBy(k => k.EngagedAt).Select(KillSwitchView.From).ToList(),
            });
        }).RequireAccess(ApiAccess.Read);
        write.MapPost("/risk/kill", (HttpRequest r, EntityGateway g, TradingReader reader, CancellationToken ct) =>
            SendAsync(r, g, reader, (scope, by, reason) => new EngageKillSwitch(scope, by, reason), ct)).RequireAccess(ApiAccess.Risk);
        write.MapPost("/risk/kill/release", (HttpRequest r, EntityGateway g, TradingReader reader, CancellationToken ct) =>
            SendAsync(r, g, reader, (scope, by, reason) => new ReleaseKillSwitch(scope, by, reason), ct)).RequireAccess(ApiAccess.Risk);
    }

    private static async Task<IResult> SendAsync(HttpRequest r, EntityGateway g, TradingReader reader,
        Func<KillSwitchScope, string, string, IKillSwitchCommand> command, CancellationToken ct)
    {
        var (body, error) = await ApiResults.ReadBodyAsync<KillSwitchRequest>(r);
        if (error is not null) return error;
        if ((body!.All == true ? 1 : 0) + (body.Account is null ? 0 : 1) + (body.Strategy is null ? 0 : 1) != 1)
            return ApiResults.BadRequest("invalid-kill-switch", "give exactly one of 'all': true, 'account' or 'strategy'");
        if (string.IsNullOrWhiteSpace(body.Reason)) return Missing("reason");
        try
        {
            var scope = new KillSwitchScope(body.Account is null ? null : AccountId.Parse(body.Account),
                body.Strategy is null ? null : StrategyId.Parse(body.Strategy));
            if (scope.Account is { } account && await reader.AccountAsync(account, ct) is null)
                return ApiResults.Error(StatusCodes.Status404NotFound, "not-found", $"account '{account}' does not exist");
            if (scope.Strategy is { } strategy && await reader.StrategyAsync(strategy, ct) is null)
                return ApiResults.Error(StatusCodes.Status404NotFound, "not-found", $"strategy '{strategy}' does not exist");
            return await ApiResults.SendAsync(g, command(scope, body.By ?? "api", body.Reason));
        }
        catch (FormatException e)
        {
            return ApiResults.BadRequest("invalid-id", $"kill switch scope is invalid: {e.Message}");
        }
    }
}
