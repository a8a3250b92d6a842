using Hive.Actors.Sharding;
using Hive.Cluster.Security;
using Hive.Cluster.Trading;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using static Hive.Cluster.Http.ApiInput;
using Hive.Core.Orders;

namespace Hive.Cluster.Http;

/// <summary>Orders and fills: submit (the client order id is the idempotency key), cancel, replace; list (filtered, newest
/// first, keyset pages with a <c>next</c> cursor) and show from the read tables.</summary>
public static class OrderEndpoints
{
    public static void Map(WebApplication app, RouteGroupBuilder write)
    {
        app.MapGet("/api/orders", async (HttpRequest request, TradingReader reader, CancellationToken ct) =>
        {
            var (query, error) = ReadQueryInput.Orders(request);
            if (error is not null) return error;
            var (orders, next) = await reader.OrdersAsync(query!, ct);
            return Results.Json(new { count = orders.Count, orders, next = next?.Encode() });
        }).RequireAccess(ApiAccess.AccountRead, AccountSource.QueryAccount);
        app.MapGet("/api/fills", async (HttpRequest request, TradingReader reader, CancellationToken ct) =>
        {
            var (query, error) = ReadQueryInput.Fills(request);
            if (error is not null) return error;
            var (fills, next) = await reader.FillsAsync(query!, ct);
            return Results.Json(new { count = fills.Count, fills, next = next?.Encode() });
        }).RequireAccess(ApiAccess.AccountRead, AccountSource.QueryAccount);
        app.MapGet("/api/orders/{id}", (string id, TradingReader reader, CancellationToken ct) => WithId(id, "client order id", async () =>
            await reader.OrderAsync(ClientOrderId.Parse(id), ct) is { } view
                ? Results.Json(view)
                : ApiResults.Error(StatusCodes.Status404NotFound, "not-found", $"order '{id}' does not exist")))
            .RequireAccess(ApiAccess.AccountRead, AccountSource.RouteOrder);
        write.MapPost("/orders", SubmitAsync).RequireAccess(ApiAccess.Trade, AccountSource.BodyAccount);
        write.MapPost("/orders/{id}/cancel", async (string id, HttpRequest r, EntityGateway g) =>
        {
            var (body, error) = await ReadOptionalAsync<CancelRequest>(r);
            return error ?? await WithId(id, "client order id",
                () => ApiResults.SendAsync(g, new RequestCancel(ClientOrderId.Parse(id), body?.Reason ?? "cancelled via API")));
        }).RequireAccess(ApiAccess.Trade, AccountSource.RouteOrder);
        write.MapPost("/orders/{id}/replace", async (string id, HttpRequest r, EntityGateway g) =>
        {
            var (body, error) = await ApiResults.ReadBodyAsync<ReplaceRequest>(r);
            return error ?? await WithId(id, "client order id",
                () => ApiResults.SendAsync(g, new RequestReplace(ClientOrderId.Parse(id), body!.Quantity, body.LimitPrice, body.StopPrice)));
        }).RequireAccess(ApiAccess.Trade, AccountSource.RouteOrder);
    }

    private static async Task<IResult> SubmitAsync(HttpRequest request, EntityGateway gateway)
    {
        var (body, error) = await ApiResults.ReadBodyAsync<SubmitOrderRequest>(request);
        if (error is not null) return error;
        if (string.IsNullOrWhiteSpace(body!.ClientOrderId)) return Missing("clientOrderId");
        if (string.IsNullOrWhiteSpace(body.AccountId)) return Missing("accountId");
        if (string.IsNullOrWhiteSpace(body.Instrument)) return Missing("instrument");
        if (body.Quantity is not { } quantity) return Missing("quantity");
        if (body.Side is null || !TryEnum(body.Side, OrderSide.Buy, out var side)) return BadEnum<OrderSide>("side", body.Side);
        var defaultType = body.LimitPrice is null ? OrderType.Market : OrderType.Limit;
        if (!TryEnum(body.Type, defaultType, out var type)) return BadEnum<OrderType>("type", body.Type);
        if (!TryEnum(body.TimeInForce, TimeInForce.Gtc, out var tif)) return BadEnum<TimeInForce>("timeInForce", body.TimeInForce);
        SelfTradePrevention? selfTrade = null;
        if (body.SelfTradePrevention is { } mode)
        {
            if (!TryEnum(mode, SelfTradePrevention.None, out var parsed)) return BadEnum<SelfTradePrevention>("selfTradePrevention", mode);
            selfTrade = parsed;
        }
        if (!InstrumentId.TryParse(body.Instrument, out var instrument, out var instrumentError))
            return ApiResults.BadRequest("invalid-id", instrumentError);
        return await WithId(body.ClientOrderId, "client order id", async () =>
        {
            var order = new OrderRequest(ClientOrderId.Parse(body.ClientOrderId), AccountId.Parse(body.AccountId), instrument, side, type, quantity,
                body.LimitPrice, body.StopPrice, body.TrailingOffset, tif, Utc(body.ExpireAt), body.PostOnly ?? false, body.ReduceOnly ?? false,
                SelfTradePrevention: selfTrade);
            // A market order's hold is sized at the venue's last price; a client's reference price counts only where it is
            // higher or the venue has no price yet, so a hold is never sized below what the order can cost. (Limit and stop
            // orders are held at least at their own price, whatever reference the client names.) The last price also
            // anchors the account's price collar.
            var reference = body.ReferencePrice;
            var last = await gateway.Ask(new GetVenue(instrument)) is VenueStatus { LastPrice: { } price } ? price : (decimal?)null;
            if (body.LimitPrice is null && body.StopPrice is null && last is { } market) reference = Math.Max(market, reference ?? 0m);
            return await ApiResults.SendAsync(gateway, new PlaceOrder(order, reference, last));
        });
    }
}
