using System.Collections.Immutable;
using Hive.Actors.Sharding;
using Hive.Cluster.Security;
using Hive.Cluster.Trading;
using Hive.Core.Ids;
using Hive.Core.Strategies;
using static Hive.Cluster.Http.ApiInput;
using Hive.Core.Strategies.Instances;

namespace Hive.Cluster.Http;

/// <summary>Strategies: the catalog, the instances and their recent orders and P&amp;L (from the read tables), start and stop.</summary>
public static class StrategyEndpoints
{
    public static void Map(WebApplication app, RouteGroupBuilder write)
    {
        app.MapGet("/api/strategies", async (HttpContext context, TradingReader reader, CancellationToken ct) =>
        {
            var caller = ApiCaller.Of(context)!;
            var strategies = (await reader.StrategiesAsync(ct)).Where(s => caller.MayActOn(new AccountId(s.AccountId))).ToList();
            return Results.Json(new { count = strategies.Count, catalog = StrategyCatalog.Kinds, strategies });
        }).RequireAccess(ApiAccess.AccountRead, AccountSource.QueryAccount);
        app.MapGet("/api/strategies/catalog", () => Results.Json(new
        {
            strategies = StrategyCatalog.Descriptors.Select(d => new { name = d.Name, summary = d.Summary, rules = d.Rules, parameters = d.Parameters }),
        })).RequireAccess(ApiAccess.Read);
        app.MapGet("/api/strategies/{id}", (string id, TradingReader reader, CancellationToken ct) => WithId(id, "strategy id", async () =>
            await reader.StrategyAsync(StrategyId.Parse(id), ct) is { } view
                ? Results.Json(view)
                : ApiResults.Error(StatusCodes.Status404NotFound, "not-found", $"strategy '{id}' does not exist")))
            .RequireAccess(ApiAccess.AccountRead, AccountSource.RouteStrategy);
        app.MapGet("/api/strategies/{id}/pnl", (string id, TradingReader reader, CancellationToken ct) => WithId(id, "strategy id", async () =>
            await reader.StrategyPnlAsync(StrategyId.Parse(id), ct) is { } pnl
                ? Results.Json(new { strategyId = id, complete = pnl.Complete, instruments = pnl.Instruments })
                : ApiResults.Error(StatusCodes.Status404NotFound, "not-found", $"strategy '{id}' does not exist")))
            .RequireAccess(ApiAccess.AccountRead, AccountSource.RouteStrategy);
        write.MapPost("/strategies/{id}/start", async (string id, HttpRequest r, EntityGateway g) =>
        {
            var (body, error) = await ApiResults.ReadBodyAsync<StartStrategyRequest>(r);
            if (error is not null) return error;
            if (string.IsNullOrWhiteSpace(body!.Kind)) return Missing("kind");
            if (string.IsNullOrWhiteSpace(body.AccountId)) return Missing("accountId");
            return await WithId(id, "strategy id", () => ApiResults.SendAsync(g, new StartStrategy(StrategyId.Parse(id), body.Kind,
                AccountId.Parse(body.AccountId), (body.Parameters ?? []).ToImmutableSortedDictionary())));
        }).RequireAccess(ApiAccess.Trade, AccountSource.BodyAccount);
        write.MapPost("/strategies/{id}/stop", async (string id, HttpRequest r, EntityGateway g) =>
        {
            var (body, error) = await ReadOptionalAsync<CancelRequest>(r);
            return error ?? await WithId(id, "strategy id",
                () => ApiResults.SendAsync(g, new StopStrategy(StrategyId.Parse(id), body?.Reason ?? "stopped via API")));
        }).RequireAccess(ApiAccess.Trade, AccountSource.RouteStrategy);
    }
}
