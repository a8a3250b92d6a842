using Hive.Cluster.Node;
using Hive.TestSupport;

namespace Hive.Cluster.Tests.Metrics;

/// <summary>A real node whose <c>/metrics</c> reports on <see cref="Account"/>, and a real Prometheus scraping it every
/// second with the alert rules of <c>deploy/prometheus</c> loaded.</summary>
public sealed class MetricsFixture : NodeFixture
{
    public const string Account = "MET-1";

    public PrometheusServer Prometheus { get; private set; } = null!;

    protected override void Configure(NodeOptions options) => options.MetricsAccounts = Account;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Prometheus = await PrometheusServer.StartAsync([HttpAddress], [RepositoryRoot.Combine("deploy", "prometheus", "alerts.yml")]);
    }

    public override async Task DisposeAsync()
    {
        if (Prometheus is not null) await Prometheus.DisposeAsync();
        await base.DisposeAsync();
    }
}
