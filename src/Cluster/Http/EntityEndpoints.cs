using System.Collections.Immutable;
using Hive.Actors.Sharding;
using Hive.Core.Domain;
using Hive.Core.Entities.Accounts;
using Hive.Core.Entities.Instruments;
using Hive.Core.Entities.Orders;
using Hive.Core.Entities.Strategies;
using Hive.Core.Ids;

namespace Hive.Cluster.Http;

/// <summary>
/// The entity API: reads are open (on the loopback interface by default), writes need the admin
/// token. Every write carries its own idempotency key (transfer id, client order id), so a client
/// that timed out can simply send it again.
/// </summary>
public static class EntityEndpoints
{
    public static void Map(WebApplication app, string token)
    {
        var write = app.MapGroup("/api").AddEndpointFilter(new AdminTokenFilter(token));

        app.MapGet("/api/accounts/{id}", (string id, EntityGateway g) =>
            WithId(id, "account id", () => ApiResults.QueryAsync(g, new GetAccount(AccountId.Parse(id)), "account", id)));
        write.MapPost("/accounts/{id}/credit", (string id, HttpRequest r, EntityGateway g) =>
            Transfer(id, r, g, (a, t, c, amt) => new CreditCash(a, t, c, amt)));
        write.MapPost("/accounts/{id}/debit", (string id, HttpRequest r, EntityGateway g) =>
            Transfer(id, r, g, (a, t, c, amt) => new DebitCash(a, t, c, amt)));

        app.MapGet("/api/orders/{id}", (string id, EntityGateway g) =>
            WithId(id, "client order id", () => ApiResults.QueryAsync(g, new GetOrder(ClientOrderId.Parse(id)), "order", id)));
        write.MapPost("/orders", CreateOrderAsync);
        write.MapPost("/orders/{id}/cancel", async (string id, HttpRequest r, EntityGateway g) =>
        {
            var (body, error) = await ReadOptionalAsync<CancelRequest>(r);
            return error ?? await WithId(id, "client order id",
                () => ApiResults.SendAsync(g, new CancelOrder(ClientOrderId.Parse(id), body?.Reason ?? "cancelled via API")));
        });

        app.MapGet("/api/instruments/{id}", (string id, EntityGateway g) =>
            WithId(id, "instrument id", () => ApiResults.QueryAsync(g, new GetInstrument(InstrumentId.Parse(id)), "instrument", id)));
        write.MapPost("/instruments/{id}/price", async (string id, HttpRequest r, EntityGateway g) =>
        {
            var (body, error) = await ApiResults.ReadBodyAsync<PriceRequest>(r);
            if (error is not null) return error;
            if (body!.Price is not { } price) return Missing("price");
            return await WithId(id, "instrument id",
                () => ApiResults.SendAsync(g, new RecordPrice(InstrumentId.Parse(id), price, Utc(body.At) ?? DateTime.UtcNow)));
        });

        app.MapGet("/api/strategies/{id}", (string id, EntityGateway g) =>
            WithId(id, "strategy id", () => ApiResults.QueryAsync(g, new GetStrategy(StrategyId.Parse(id)), "strategy", id)));
        write.MapPost("/strategies/{id}/start", async (string id, HttpRequest r, EntityGateway g) =>
        {
            var (body, error) = await ApiResults.ReadBodyAsync<StartStrategyRequest>(r);
            if (error is not null) return error;
            if (string.IsNullOrWhiteSpace(body!.Kind)) return Missing("kind");
            if (string.IsNullOrWhiteSpace(body.AccountId)) return Missing("accountId");
            return await WithId(id, "strategy id", () => ApiResults.SendAsync(g, new StartStrategy(StrategyId.Parse(id), body.Kind,
                AccountId.Parse(body.AccountId), (body.Parameters ?? []).ToImmutableSortedDictionary())));
        });
        write.MapPost("/strategies/{id}/stop", async (string id, HttpRequest r, EntityGateway g) =>
        {
            var (body, error) = await ReadOptionalAsync<CancelRequest>(r);
            return error ?? await WithId(id, "strategy id",
                () => ApiResults.SendAsync(g, new StopStrategy(StrategyId.Parse(id), body?.Reason ?? "stopped via API")));
        });
    }

    private static async Task<IResult> Transfer(string id, HttpRequest request, EntityGateway gateway,
        Func<AccountId, string, string, decimal, IHiveMessage> command)
    {
        var (body, error) = await ApiResults.ReadBodyAsync<TransferRequest>(request);
        if (error is not null) return error;
        if (string.IsNullOrWhiteSpace(body!.TransferId)) return Missing("transferId");
        if (string.IsNullOrWhiteSpace(body.Currency)) return Missing("currency");
        if (body.Amount is not { } amount) return Missing("amount");
        return await WithId(id, "account id", () => ApiResults.SendAsync(gateway, command(AccountId.Parse(id), body.TransferId, body.Currency, amount)));
    }

    private static async Task<IResult> CreateOrderAsync(HttpRequest request, EntityGateway gateway)
    {
        var (body, error) = await ApiResults.ReadBodyAsync<OrderRequest>(request);
        if (error is not null) return error;
        if (string.IsNullOrWhiteSpace(body!.ClientOrderId)) return Missing("clientOrderId");
        if (string.IsNullOrWhiteSpace(body.AccountId)) return Missing("accountId");
        if (string.IsNullOrWhiteSpace(body.Instrument)) return Missing("instrument");
        if (body.Quantity is not { } quantity) return Missing("quantity");
        if (!Enum.TryParse<OrderSide>(body.Side, ignoreCase: true, out var side) || !Enum.IsDefined(side))
            return ApiResults.BadRequest("invalid-side", $"side '{body.Side}' is not buy or sell");
        if (!InstrumentId.TryParse(body.Instrument, out var instrument, out var instrumentError))
            return ApiResults.BadRequest("invalid-id", instrumentError);
        return await WithId(body.ClientOrderId, "client order id", () => ApiResults.SendAsync(gateway, new CreateOrder(
            ClientOrderId.Parse(body.ClientOrderId), AccountId.Parse(body.AccountId), instrument, side, quantity, body.LimitPrice)));
    }

    /// <summary>Runs the action, turning an invalid id (FormatException from the typed id parsers) into a 400.</summary>
    private static async Task<IResult> WithId(string id, string what, Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (FormatException e)
        {
            return ApiResults.BadRequest("invalid-id", $"{what} '{id}' is invalid: {e.Message}");
        }
    }

    private static async Task<(T? Body, IResult? Error)> ReadOptionalAsync<T>(HttpRequest request) where T : class =>
        request.ContentLength is > 0 ? await ApiResults.ReadBodyAsync<T>(request) : (null, null);

    private static IResult Missing(string field) => ApiResults.BadRequest("missing-field", $"field '{field}' is required");

    private static DateTime? Utc(DateTime? time) => time?.Kind switch
    {
        null => null,
        DateTimeKind.Utc => time,
        DateTimeKind.Local => time.Value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(time!.Value, DateTimeKind.Utc),
    };
}
