using Hive.Cluster.Node;
using Hive.TestSupport;

namespace Hive.Cluster.Tests.Metrics;

/// <summary>A real node whose <c>/metrics</c> reports on <see cref="Account"/>, and a real Prometheus scraping it every
/// second with the alert rules of <c>deploy/prometheus</c> loaded.</summary>
public sealed class MetricsFixture : NodeFixture
{
    public const string Account = "MET-1";

    private readonly Lazy<Task> _traded;

    public MetricsFixture() => _traded = new Lazy<Task>(TradeAsync);

    public PrometheusServer Prometheus { get; private set; } = null!;

    /// <summary>Three market orders filled, then a halt and an order denied for it, once per fixture: series that only
    /// exist after trading (fills, denials, trading-state changes) are there for every spec that awaits this.</summary>
    public Task TradedAsync() => _traded.Value;

    protected override void Configure(NodeOptions options) => options.MetricsAccounts = Account;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Prometheus = await PrometheusServer.StartAsync([HttpAddress], [RepositoryRoot.Combine("deploy", "prometheus", "alerts.yml")]);
    }

    private async Task TradeAsync()
    {
        var api = new TradingApi(this);
        await api.OpenFundedAsync(Account, 100_000m);
        for (var i = 0; i < 3; i++)
            TradingApi.Accepted(await api.SubmitAsync($"MET-BUY-{i}", Account, "buy", 1m, referencePrice: 100m));
        for (var i = 0; i < 3; i++) await api.OrderInStatusAsync($"MET-BUY-{i}", "Accepted");
        await api.PushBarAsync("SIM:SPX", 100m, 101m, 99m, 100m);
        for (var i = 0; i < 3; i++) await api.OrderInStatusAsync($"MET-BUY-{i}", "Filled");
        TradingApi.Accepted(await api.PostAsync($"api/risk/{Account}/halt", new { reason = "metrics spec" }));
        TradingApi.Accepted(await api.SubmitAsync("MET-DENIED", Account, "buy", 1m, referencePrice: 100m));
        await api.OrderInStatusAsync("MET-DENIED", "Denied");
    }

    public override async Task DisposeAsync()
    {
        if (Prometheus is not null) await Prometheus.DisposeAsync();
        await base.DisposeAsync();
    }
}
