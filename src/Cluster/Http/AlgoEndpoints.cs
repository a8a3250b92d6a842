using System.Collections.Immutable;
using Hive.Actors.Protocol;
using Hive.Actors.ReadModel;
using Hive.Actors.Sharding;
using Hive.Cluster.Security;
using Hive.Cluster.Trading;
using Hive.Core.Algos.Instances;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.Core.Orders;
using static Hive.Cluster.Http.ApiInput;

namespace Hive.Cluster.Http;

/// <summary>Parent orders worked by execution algorithms: submit (the algo id is the idempotency key), list (from the read side:
/// keyset pages, filters, held to the caller's accounts, waking no parent), show with progress (the parent itself), pause,
/// resume, cancel. The parameters are checked by the same catalog as <c>hive execution simulate</c>.</summary>
public static class AlgoEndpoints
{
    public static void Map(WebApplication app, RouteGroupBuilder write)
    {
        app.MapGet("/api/algos", async (HttpRequest request, ReadModelQueries queries, CancellationToken ct) =>
        {
            var (query, error) = ReadQueryInput.Algos(request);
            if (error is not null) return error;
            var page = await queries.AlgosAsync(query!, ct);
            var algos = page.Rows.Select(AlgoSummaryView.From).ToList();
            return Results.Json(new { count = algos.Count, algos, next = page.Next?.Encode() });
        }).RequireAccess(ApiAccess.AccountRead, AccountSource.QueryAccount);
        app.MapGet("/api/algos/{id}", (string id, EntityGateway g, AlgoDirectory directory) => WithId(id, "algo id", async () =>
        {
            if (!await directory.ExistsAsync(AlgoId.Parse(id))) return NotFound(id);
            var (reply, error) = await ApiResults.AskAsync(g, new GetAlgo(AlgoId.Parse(id)));
            if (error is not null) return error;
            return reply is AlgoState { Spec: not null } state
                ? Results.Json(AlgoView.From(state))
                : NotFound(id);
        })).RequireAccess(ApiAccess.AccountRead, AccountSource.RouteAlgo);
        write.MapPost("/algos", SubmitAsync).RequireAccess(ApiAccess.Trade, AccountSource.BodyAccount);
        write.MapPost("/algos/{id}/pause", async (string id, HttpRequest r, EntityGateway g, AlgoDirectory d) =>
        {
            var (body, error) = await ReadOptionalAsync<CancelRequest>(r);
            return error ?? await WithId(id, "algo id", () => SendToExistingAsync(g, d, new PauseAlgo(AlgoId.Parse(id), body?.Reason ?? "paused via API")));
        }).RequireAccess(ApiAccess.Trade, AccountSource.RouteAlgo);
        write.MapPost("/algos/{id}/resume", (string id, EntityGateway g, AlgoDirectory d) =>
                WithId(id, "algo id", () => SendToExistingAsync(g, d, new ResumeAlgo(AlgoId.Parse(id)))))
            .RequireAccess(ApiAccess.Trade, AccountSource.RouteAlgo);
        write.MapPost("/algos/{id}/cancel", async (string id, HttpRequest r, EntityGateway g, AlgoDirectory d) =>
        {
            var (body, error) = await ReadOptionalAsync<CancelRequest>(r);
            return error ?? await WithId(id, "algo id", () => SendToExistingAsync(g, d, new CancelAlgo(AlgoId.Parse(id), body?.Reason ?? "cancelled via API")));
        }).RequireAccess(ApiAccess.Trade, AccountSource.RouteAlgo);
    }

    private static async Task<IResult> SubmitAsync(HttpRequest request, EntityGateway gateway)
    {
        var (body, error) = await ApiResults.ReadBodyAsync<SubmitAlgoRequest>(request);
        if (error is not null) return error;
        if (string.IsNullOrWhiteSpace(body!.AlgoId)) return Missing("algoId");
        if (string.IsNullOrWhiteSpace(body.Type)) return Missing("type");
        if (string.IsNullOrWhiteSpace(body.AccountId)) return Missing("accountId");
        if (string.IsNullOrWhiteSpace(body.Instrument)) return Missing("instrument");
        if (body.Quantity is not { } quantity) return Missing("quantity");
        if (body.End is not { } end) return Missing("end");
        if (body.Side is null || !TryEnum(body.Side, OrderSide.Buy, out var side)) return BadEnum<OrderSide>("side", body.Side);
        if (!InstrumentId.TryParse(body.Instrument, out var instrument, out var instrumentError)) return ApiResults.BadRequest("invalid-id", instrumentError);
        return await WithId(body.AlgoId, "algo id", async () =>
        {
            var spec = new AlgoSpec(body.Type, AccountId.Parse(body.AccountId), instrument, side, quantity, Utc(body.Start), Utc(end)!.Value,
                (body.Parameters ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal));
            // The arrival price is the venue's last price as the parent is submitted: the benchmark of its slippage.
            var arrival = await gateway.Ask(new GetVenue(instrument)) is VenueStatus { LastPrice: { } last } ? last : 0m;
            // VWAP and implementation shortfall learn their schedules in the parent's entity, from its node's lake.
            return await SendAsync(gateway, new SubmitAlgo(AlgoId.Parse(body.AlgoId), spec, arrival));
        });
    }

    private static IResult NotFound(string id) => ApiResults.Error(StatusCodes.Status404NotFound, "not-found", $"algo '{id}' does not exist");

    /// <summary>Pause, resume and cancel of a parent nobody submitted answer 404 without starting its entity.</summary>
    private static async Task<IResult> SendToExistingAsync(EntityGateway gateway, AlgoDirectory directory, AlgoCommand command) =>
        await directory.ExistsAsync(command.AlgoId) ? await SendAsync(gateway, command) : NotFound(command.AlgoId.Value);

    /// <summary>An algo id reused with other parameters is a conflict (409); one nobody submitted is not found (404).</summary>
    private static async Task<IResult> SendAsync(EntityGateway gateway, AlgoCommand command)
    {
        var (reply, error) = await ApiResults.AskAsync(gateway, command);
        return error ?? reply switch
        {
            CommandRejected { Code: "duplicate-algo-id" } r => ApiResults.Error(StatusCodes.Status409Conflict, r.Code, r.Message),
            CommandRejected { Code: "not-found" } r => ApiResults.Error(StatusCodes.Status404NotFound, r.Code, r.Message),
            CommandRejected r => ApiResults.Error(StatusCodes.Status422UnprocessableEntity, r.Code, r.Message),
            _ => Results.Ok(reply),
        };
    }
}
