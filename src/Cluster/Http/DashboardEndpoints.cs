using Hive.Cluster.Node;
using Hive.Cluster.Security;

namespace Hive.Cluster.Http;

/// <summary>The node's web dashboard (one self-contained page over the JSON endpoints) and the sample-data and paper-demo status.</summary>
public static class DashboardEndpoints
{
    private static readonly Lazy<string> Page = new(() =>
    {
        using var stream = typeof(DashboardEndpoints).Assembly.GetManifestResourceStream("Hive.Dashboard.index.html")
            ?? throw new InvalidOperationException("dashboard page is missing from the hive assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static void Map(WebApplication app)
    {
        app.MapGet("/", () => Results.Content(Page.Value, "text/html; charset=utf-8")).RequireAccess(ApiAccess.Open);
        app.MapGet("/api/data/status", (SampleDataImporter importer) => Results.Ok(new { status = importer.Status, lake = importer.LakePath })).RequireAccess(ApiAccess.Read);
        app.MapGet("/api/paper", (Trading.PaperDemo demo) => Results.Ok(new { status = demo.Status, barsReplayed = demo.BarsReplayed, account = Trading.PaperDemo.Account.Value })).RequireAccess(ApiAccess.Read);
    }
}
