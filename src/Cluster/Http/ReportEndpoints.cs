using Hive.Cluster.Security;
using Hive.Cluster.Trading;

namespace Hive.Cluster.Http;

/// <summary>Reports over the read side: <c>GET /api/reports/best-execution?account=&amp;from=&amp;to=</c> (submission time; default
/// every order until now), held to the caller's accounts like the lists.</summary>
public static class ReportEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/reports/best-execution", async (HttpRequest request, BestExecutionReader reader, CancellationToken ct) =>
        {
            var (query, error) = ReadQueryInput.Orders(request);
            if (error is not null) return error;
            var (from, to) = (query!.From ?? DateTime.MinValue, query.To ?? DateTime.UtcNow);
            if (to <= from) return ApiResults.BadRequest("invalid-period", $"to {to:O} is not after from {from:O}");
            return await reader.ReportAsync(query, from, to, ct) is { } report
                ? Results.Json(report)
                : ApiResults.BadRequest("too-many-orders",
                    $"the period holds more than {BestExecutionReader.MaxOrders:N0} orders; ask for a shorter one (from, to)");
        }).RequireAccess(ApiAccess.AccountRead, AccountSource.QueryAccount);
    }
}
