using System.Text.Json;
using System.Text.Json.Serialization;
using Hive.Actors.Entities;
using Hive.Actors.Sharding;
using Hive.Cluster.Security;
using Hive.Cluster.Trading;
using Hive.Core.Accounts;
using Hive.Core.Ids;
using Hive.Core.Orders;
using Hive.Core.OrderFlow;
using Hive.Core.Risk;
using static Hive.Cluster.Http.ApiInput;

namespace Hive.Cluster.Http;

/// <summary>Pre-trade risk: an account's limits and trading state and the instruments' circuit breakers (read), setting limits
/// (for the account, one strategy or one instrument) and halting, reducing or resuming trading (token-protected writes).</summary>
public static class RiskEndpoints
{
    public static void Map(WebApplication app, RouteGroupBuilder write, TradingSettings trading)
    {
        app.MapGet("/api/risk/breakers", async (EntityGateway g) =>
        {
            var rows = new List<object>();
            foreach (var i in trading.Catalog.All.OrderBy(i => i.Id.ToString(), StringComparer.Ordinal))
            {
                var (reply, error) = await ApiResults.AskAsync(g, new GetVenue(i.Id));
                if (error is not null) return error;
                var status = reply as VenueStatus;
                var rule = CircuitBreakerRule.For(i.AssetClass);
                rows.Add(new
                {
                    instrument = i.Id.ToString(), assetClass = i.AssetClass.ToString().ToLowerInvariant(), state = status?.HaltedUntil is null ? "trading" : "halted",
                    status?.HaltedUntil, reason = status?.HaltReason, rule.MaxMove, windowSeconds = rule.Window.TotalSeconds, coolOffSeconds = rule.CoolOff.TotalSeconds,
                    status?.LastPrice,
                });
            }
            return Results.Json(new { count = rows.Count, breakers = rows });
        }).RequireAccess(ApiAccess.Read);
        app.MapGet("/api/risk/{id}", (string id, AccountRiskReader reader, CancellationToken ct) => WithId(id, "account id", async () =>
            await reader.RiskAsync(AccountId.Parse(id), ct) is { } view
                ? Results.Json(view)
                : ApiResults.Error(StatusCodes.Status404NotFound, "not-found", $"account '{id}' does not exist")))
            .RequireAccess(ApiAccess.AccountRead, AccountSource.RouteAccount);
        app.MapGet("/api/risk/{id}/stress", (string id, string[]? window, string? shock, AccountRiskReader risk, CancellationToken ct) => WithId(id, "account id", async () =>
        {
            IReadOnlyList<StressScenario> scenarios;
            try
            {
                scenarios = StressScenario.Choose(window, shock);
            }
            catch (ArgumentException e)
            {
                return ApiResults.BadRequest("invalid-scenario", e.Message);
            }
            return await risk.StressAsync(AccountId.Parse(id), scenarios, ct) is { } view
                ? Results.Json(view)
                : ApiResults.Error(StatusCodes.Status404NotFound, "not-found", $"account '{id}' does not exist");
        })).RequireAccess(ApiAccess.AccountRead, AccountSource.RouteAccount);
        write.MapPut("/risk/{id}/limits", async (string id, string? strategy, string? instrument, HttpRequest r, EntityGateway g) =>
        {
            var (limits, error) = await ApiResults.ReadBodyAsync<RiskLimits>(r);
            if (error is not null) return error;
            InstrumentId? listed = null;
            if (instrument is not null)
            {
                if (!InstrumentId.TryParse(instrument, out var parsed, out var invalid)) return ApiResults.BadRequest("invalid-id", invalid);
                listed = parsed;
            }
            return await WithId(id, "account id", () => ApiResults.SendAsync(g,
                new SetRiskLimits(AccountId.Parse(id), limits!, strategy is null ? null : StrategyId.Parse(strategy), listed)));
        }).RequireAccess(ApiAccess.Risk);
        write.MapPut("/risk/{id}/self-trade-prevention", async (string id, HttpRequest r, EntityGateway g) =>
        {
            var (body, error) = await ApiResults.ReadBodyAsync<SelfTradePreventionRequest>(r);
            if (error is not null) return error;
            if (body!.Mode is not { } text) return Missing("mode");
            SelfTradePrevention? mode = null;
            if (text != RiskView.SelfTradePreventionDefault)
            {
                if (!TryEnum(text, SelfTradePrevention.None, out var parsed)) return BadEnum<SelfTradePrevention>("mode", text);
                mode = parsed;
            }
            return await WithId(id, "account id", () => ApiResults.SendAsync(g, new SetSelfTradePrevention(AccountId.Parse(id), mode)));
        }).RequireAccess(ApiAccess.Risk);
        foreach (var (verb, state) in new[] { ("halt", TradingState.Halted), ("reduce", TradingState.Reducing), ("resume", TradingState.Active) })
            write.MapPost($"/risk/{{id}}/{verb}", async (string id, HttpRequest r, EntityGateway g) =>
            {
                var (body, error) = await ApiResults.ReadBodyAsync<TradingStateRequest>(r);
                if (error is not null) return error;
                if (string.IsNullOrWhiteSpace(body!.Reason)) return Missing("reason");
                return await WithId(id, "account id", () => ApiResults.SendAsync(g, new SetTradingState(AccountId.Parse(id), state, body.Reason,
                    body.By ?? "api", body.Strategy is null ? null : StrategyId.Parse(body.Strategy))));
            }).RequireAccess(ApiAccess.Risk);
    }
}
