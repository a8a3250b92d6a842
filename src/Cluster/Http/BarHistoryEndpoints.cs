using Hive.Cluster.Security;
using Hive.Actors.Sharding;
using Hive.Cluster.Node;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.OrderFlow;
using Hive.Data.Lake;
using Hive.Data.Storage;
using static Hive.Cluster.Http.ApiInput;

namespace Hive.Cluster.Http;

/// <summary>
/// An instrument's recent bars for the dashboard's chart: the market-data lake's series up to the bar its venue has reached,
/// so the chart shows what the venue (and the strategies) have seen, not the replay's future. A mirrored listing shows its
/// source's series.
/// </summary>
public static class BarHistoryEndpoints
{
    public const int MaxBars = 2000;

    /// <summary>Tried in turn when the request names no interval: the series the sample data and the demo use.</summary>
    private static readonly BarInterval[] Preferred = [BarInterval.OneDay, BarInterval.OneHour, BarInterval.OneMinute, BarInterval.OneMonth];

    public static void Map(WebApplication app, InstrumentCatalog catalog)
    {
        app.MapGet("/api/instruments/{id}/bars", (string id, string? interval, int? limit, EntityGateway g, SampleDataImporter importer, CancellationToken ct) =>
            WithId(id, "instrument id", async () =>
            {
                var count = limit ?? 300;
                if (count is < 1 or > MaxBars) return ApiResults.BadRequest("invalid-limit", $"limit must be between 1 and {MaxBars}, not {count}");
                BarInterval? wanted = null;
                if (interval is not null)
                {
                    if (!BarInterval.TryParse(interval, out var parsed, out var error)) return ApiResults.BadRequest("invalid-interval", error);
                    wanted = parsed;
                }
                var instrument = InstrumentId.Parse(id);
                var (reply, askError) = await ApiResults.AskAsync(g, new GetVenue(instrument));
                if (askError is not null) return askError;
                if (reply is not VenueStatus venue)
                    return ApiResults.Error(StatusCodes.Status404NotFound, "unknown-instrument", $"instrument '{id}' is not listed on this cluster");
                var lake = new MarketDataLake(LakeLocation.Open(importer.LakePath));
                // A mirror (SIM2:SPX) has no series of its own: it has seen its source's bars.
                var fed = catalog.SourceOf(instrument) ?? instrument;
                foreach (var candidate in wanted is { } w ? [w] : Preferred)
                {
                    if (await lake.FindSeriesAsync(fed, candidate, ct) is not { } series) continue;
                    var bars = venue.LastBarTime is { } last
                        ? await lake.ReadBarsAsync(series, last - candidate.ApproximateDuration * (count + 1), last.AddTicks(1), ct)
                        : BarSeries.Empty(instrument, candidate);
                    var first = Math.Max(0, bars.Count - count);
                    return Results.Json(new
                    {
                        instrument = id, interval = candidate.ToString(), lastBarTime = venue.LastBarTime,
                        bars = Enumerable.Range(first, bars.Count - first).Select(i => new
                        {
                            time = bars.TimeAt(i), open = bars.Open[i], high = bars.High[i], low = bars.Low[i], close = bars.Close[i], volume = bars.Volume[i],
                        }),
                    });
                }
                return Results.Json(new { instrument = id, interval = wanted?.ToString(), lastBarTime = venue.LastBarTime, bars = Array.Empty<object>() });
            })).RequireAccess(ApiAccess.Read);
    }
}
