using Hive.Cluster.Metrics;
using Hive.Cluster.Security;
using Prometheus;

namespace Hive.Cluster.Http;

/// <summary><c>GET /metrics</c> in Prometheus' text format, and the HTTP request durations it includes.</summary>
public static class MetricsEndpoints
{
    /// <summary>Times every request by route template (never the raw path: ids in paths would make a series per order)
    /// and status code, into the node's registry. Must run after routing, so the route is known.</summary>
    public static void UseRequestMetrics(WebApplication app, NodeMetrics metrics) =>
        app.UseHttpMetrics(o => o.SetMetricFactory(Prometheus.Metrics.WithCustomRegistry(metrics.Registry)));

    /// <summary>Open for Prometheus by default; <paramref name="needsKey"/> (<c>--metrics-need-key</c>) asks any valid key of it.</summary>
    public static void Map(WebApplication app, bool needsKey) =>
        app.MapGet("/metrics", async (HttpContext context, NodeMetrics metrics) =>
        {
            context.Response.ContentType = PrometheusConstants.TextContentTypeWithVersionAndEncoding;
            await metrics.Registry.CollectAndExportAsTextAsync(context.Response.Body, context.RequestAborted);
            await ProcessMetrics.Registry.CollectAndExportAsTextAsync(context.Response.Body, context.RequestAborted);
        }).RequireAccess(needsKey ? ApiAccess.Read : ApiAccess.Open);
}
