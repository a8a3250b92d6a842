using Hive.Actors.Entities;
using Hive.Actors.ReadModel;
using Hive.Actors.Sharding;
using Hive.Cluster.Security;
using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.OrderFlow;
using Hive.Core.ReadModel;
using static Hive.Cluster.Http.ApiInput;

namespace Hive.Cluster.Http;

/// <summary>Instruments and their venues: the catalog with each venue's last bar and price, fees and volume cap, what each venue
/// executed (from the read side), and pushing a bar.</summary>
public static class MarketEndpoints
{
    public static void Map(WebApplication app, RouteGroupBuilder write, TradingSettings trading)
    {
        app.MapGet("/api/instruments", async (EntityGateway g) =>
        {
            var rows = new List<object>();
            foreach (var i in trading.Catalog.All.OrderBy(i => i.Id.ToString(), StringComparer.Ordinal))
            {
                var status = await g.Ask(new GetVenue(i.Id)) as VenueStatus;
                var fills = trading.FillModelOf(i.Id.Venue);
                rows.Add(new
                {
                    instrument = i.Id.ToString(), assetClass = i.AssetClass.ToString().ToLowerInvariant(), i.BaseCurrency, i.QuoteCurrency,
                    i.TickSize, i.LotSize, i.MinNotional, status?.LastBarTime, status?.LastPrice, status?.WorkingOrders,
                    fees = fills.Fees, fills.MaxVolumeShare, latencyMs = fills.Latency.TotalMilliseconds,
                    mirrorOf = trading.Catalog.SourceOf(i.Id)?.ToString(),
                });
            }
            return Results.Json(new { count = rows.Count, instruments = rows });
        }).RequireAccess(ApiAccess.Read);
        app.MapGet("/api/instruments/{id}", (string id, EntityGateway g) => WithId(id, "instrument id", async () =>
        {
            var (reply, error) = await ApiResults.AskAsync(g, new GetVenue(InstrumentId.Parse(id)));
            return error ?? (reply is VenueStatus status
                ? Results.Json((object)status)
                : ApiResults.Error(StatusCodes.Status404NotFound, "unknown-instrument", $"instrument '{id}' is not listed on this cluster"));
        })).RequireAccess(ApiAccess.Read);
        app.MapGet("/api/venues/{id}/stats", async (string id, ReadModelQueries queries, CancellationToken ct) =>
        {
            var venue = id.ToUpperInvariant();
            var listings = trading.Catalog.All.Where(i => i.Id.Venue == venue).Select(i => i.Id).ToList();
            if (listings.Count == 0)
                return ApiResults.Error(StatusCodes.Status404NotFound, "unknown-venue",
                    $"venue '{id}' lists nothing on this cluster; the venues are {string.Join(", ", trading.Catalog.Venues)}");
            var fills = new Dictionary<InstrumentId, IReadOnlyList<FillRow>>();
            foreach (var listing in listings) fills[listing] = await queries.TapeAsync(listing, DateTime.MinValue, DateTime.MaxValue, ct);
            return Results.Json(VenueStatistics.Of(venue, fills));
        }).RequireAccess(ApiAccess.Read);
        write.MapPost("/instruments/{id}/bars", async (string id, HttpRequest r, EntityGateway g) =>
        {
            var (body, error) = await ApiResults.ReadBodyAsync<BarRequest>(r);
            if (error is not null) return error;
            if (Utc(body!.OpenTime) is not { } openTime) return Missing("openTime");
            if (body.Open is not { } open) return Missing("open");
            if (body.High is not { } high) return Missing("high");
            if (body.Low is not { } low) return Missing("low");
            if (body.Close is not { } close) return Missing("close");
            if (!BarInterval.TryParse(body.Interval ?? "1d", out var interval, out var intervalError))
                return ApiResults.BadRequest("invalid-interval", intervalError);
            return await WithId(id, "instrument id", async () =>
            {
                var bar = new Bar(InstrumentId.Parse(id), openTime, interval, open, high, low, close, body.Volume ?? 0m);
                var defects = BarRules.Check((double)open, (double)high, (double)low, (double)close, (double)bar.Volume);
                if (defects != BarDefects.None)
                    return ApiResults.BadRequest("invalid-bar", BarRules.Describe(defects, (double)open, (double)high, (double)low, (double)close, (double)bar.Volume));
                var (reply, askError) = await ApiResults.AskAsync(g, new ApplyBar(bar));
                return askError ?? (reply is Actors.Protocol.CommandRejected rejected
                    ? ApiResults.Error(rejected.Code == BarRules.StaleBar ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity,
                        rejected.Code, rejected.Message)
                    : Results.Json(reply));
            });
        }).RequireAccess(ApiAccess.MarketData);
    }
}
