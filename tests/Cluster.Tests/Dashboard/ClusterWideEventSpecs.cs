using System.Text.Json;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests.Dashboard;

/// <summary>On PostgreSQL the projection is the cluster's singleton and publishes what it wrote through DistributedPubSub;
/// the node's feed hears it there, as every node's does.</summary>
public sealed class ClusterWideEventSpecs(PostgresNodeFixture node) : IClassFixture<PostgresNodeFixture>
{
    [Fact]
    public async Task On_PostgreSQL_an_order_reaches_the_event_stream_through_the_singleton_projections_topic()
    {
        var api = new TradingApi(node);
        using var response = await node.Http.SendAsync(Security.SecurityApi.With(node.Token, HttpMethod.Get, "api/events"), HttpCompletionOption.ResponseHeadersRead);
        using var events = new EventStreamReader(await response.Content.ReadAsStreamAsync());
        await api.OpenFundedAsync("PG-SSE-1", 10_000m);

        Accepted(await api.SubmitAsync("pg-sse-order-1", "PG-SSE-1", "buy", 1m, limitPrice: 10.00m));

        var order = await events.UntilAsync(e => e.Name == "order" && e.Data.Contains("\"pg-sse-order-1\""), "order event for pg-sse-order-1", TimeSpan.FromSeconds(15));
        Assert.Equal("PG-SSE-1", JsonDocument.Parse(order.Data).RootElement.GetProperty("accountId").GetString());
    }
}
