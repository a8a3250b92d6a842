using System.Globalization;
using Hive.Actors.Entities;
using Hive.Actors.Hosting;
using Hive.Cluster.Security;
using Hive.Cluster.Trading;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.Core.Orders;
using Hive.Core.Orders.Lifecycle;
using Hive.Core.Audit;

namespace Hive.Cluster.Http;

/// <summary>The audit trail: records (admin, filtered by time and user), the check of every chain (admin), and one order's
/// trail (who submitted, cancelled, replaced it; for whoever may read the order) and its lifecycle (every state change from
/// its journal with who caused it and why).</summary>
public static class AuditEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/audit", async (HttpRequest r, AuditStore store, CancellationToken ct) =>
        {
            DateTime? since = null;
            if (r.Query["since"].ToString() is { Length: > 0 } text)
            {
                if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
                    return ApiResults.BadRequest("invalid-time", $"since '{text}' is not an ISO-8601 time, e.g. 2026-12-01T00:00:00Z");
                since = DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
            }
            var user = r.Query["user"].ToString() is { Length: > 0 } u ? u : null;
            var records = await store.ReadAsync(since, user, null, ApiInput.Limit(r.Query["limit"], 1000), ct);
            return Results.Json(new { count = records.Count, records = records.Select(View) });
        }).RequireAccess(ApiAccess.Admin);
        app.MapGet("/api/audit/verify", async (AuditStore store, CancellationToken ct) =>
        {
            var (count, breaks) = await store.VerifyAsync(ct);
            return Results.Json(new { intact = breaks.Count == 0, records = count, breaks });
        }).RequireAccess(ApiAccess.Admin);
        app.MapGet("/api/orders/{id}/audit", async (string id, AuditStore store, CancellationToken ct) =>
        {
            var records = await store.ReadAsync(null, null, id, 1000, ct);
            return Results.Json(new { order = id, count = records.Count, records = records.Select(View) });
        }).RequireAccess(ApiAccess.AccountRead, AccountSource.RouteOrder);
        app.MapGet("/api/orders/{id}/lifecycle", (string id, EntityJournalReader journal, AuditStore store, HiveNodeSettings settings, CancellationToken ct) =>
            ApiInput.WithId(id, "order id", async () =>
        {
            // An order's events are journaled by its order group, among the group's other orders.
            var order = ClientOrderId.Parse(id);
            var events = (await journal.EventsAsync<IOrderEvent>(RegionNames.Order, OrderGroupState.GroupOf(order, settings.Entities.OrderGroups), ct))
                .Where(e => e.ClientOrderId == order).ToList();
            if (events.Count == 0) return ApiResults.Error(StatusCodes.Status404NotFound, "not-found", $"order '{id}' does not exist");
            var audit = await store.ReadAsync(null, null, id, 1000, ct);
            var trail = OrderLifecycle.Build(order, events, audit.Select(a => a.Entry).ToList());
            return Results.Json(new { orderId = id, trail.AccountId, trail.Steps });
        })).RequireAccess(ApiAccess.AccountRead, AccountSource.RouteOrder);
    }

    private static object View(AuditRecord r) => new
    {
        r.Chain, r.Sequence, r.Entry.At, r.Entry.User, r.Entry.Role, r.Entry.Action, r.Entry.Path, r.Entry.Subject, r.Entry.Status, r.Entry.Detail,
        r.PreviousHash, r.Hash,
    };
}
