using Hive.Actors.Surveillance;
using Hive.Core.Ids;
using Hive.Cluster.Security;
using Hive.Core.Surveillance;
using static Hive.Cluster.Http.ApiInput;

namespace Hive.Cluster.Http;

/// <summary>Trade surveillance: the alerts the scanner stored (newest first) and the account owners map it judges by.</summary>
public static class SurveillanceEndpoints
{
    public static void Map(WebApplication app, RouteGroupBuilder write)
    {
        app.MapGet("/api/surveillance/alerts", async (HttpRequest request, SurveillanceStore store, CancellationToken ct) =>
        {
            var q = request.Query;
            var (account, detector) = (q["account"].ToString(), q["detector"].ToString());
            if (account.Length > 0 && !IdText.IsValid(account))
                return ApiResults.BadRequest("invalid-id", $"account '{account}' is invalid: use 1-{IdText.MaxLength} letters, digits, '-', '_', '.', '/'");
            if (detector.Length > 0 && !SurveillanceScan.DetectorNames.Contains(detector))
                return ApiResults.BadRequest("invalid-detector", $"detector '{detector}' is not one of {string.Join(", ", SurveillanceScan.DetectorNames)}");
            var query = new AlertQuery(account.Length > 0 ? account : null, detector.Length > 0 ? detector : null,
                Math.Min(Limit(q["limit"]), AlertQuery.MaxLimit));
            var alerts = (await store.AlertsAsync(query, ct)).Select(s => new
            {
                id = s.Alert.Id, detector = s.Alert.Detector, accounts = s.Alert.Accounts, instrument = s.Alert.Instrument, scope = s.Alert.Scope,
                from = s.Alert.From, to = s.Alert.To, statisticName = s.Alert.StatisticName, statistic = s.Alert.Statistic,
                summary = s.Alert.Summary, evidence = s.Alert.Evidence, figures = s.Alert.Figures, detectedAt = s.DetectedAt,
            }).ToList();
            return Results.Json(new { count = alerts.Count, alerts });
        }).RequireAccess(ApiAccess.Risk);
        app.MapGet("/api/surveillance/owners", async (SurveillanceStore store, CancellationToken ct) =>
        {
            var owners = (await store.OwnersAsync(ct)).Assigned.OrderBy(kv => kv.Key.Value, StringComparer.Ordinal)
                .ToDictionary(kv => kv.Key.Value, kv => kv.Value);
            return Results.Json(new { count = owners.Count, owners });
        }).RequireAccess(ApiAccess.Risk);
        write.MapPut("/surveillance/owners/{account}", async (string account, HttpRequest r, SurveillanceStore store, CancellationToken ct) =>
        {
            var (body, error) = await ApiResults.ReadBodyAsync<OwnerRequest>(r);
            if (error is not null) return error;
            if (string.IsNullOrWhiteSpace(body!.Owner)) return Missing("owner");
            if (!IdText.IsValid(body.Owner))
                return ApiResults.BadRequest("invalid-owner", $"owner '{body.Owner}' is invalid: use 1-{IdText.MaxLength} letters, digits, '-', '_', '.', '/'");
            return await WithId(account, "account id", async () =>
            {
                await store.SetOwnerAsync(AccountId.Parse(account), body.Owner, DateTime.UtcNow, ct);
                return Results.Json(new { accountId = account, owner = body.Owner });
            });
        }).RequireAccess(ApiAccess.Admin);
    }
}
