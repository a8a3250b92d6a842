using System.Globalization;
using System.Text.Json;
using System.Net.Http.Json;
using Hive.TestSupport;

namespace Hive.Cluster.Tests.Metrics;

/// <summary><c>/metrics</c> as Prometheus sees it: a real Prometheus scrapes a real node while orders go through the API,
/// and the series are checked through Prometheus' query API.</summary>
public sealed class MetricsSpecs(MetricsFixture node) : IClassFixture<MetricsFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TradingApi _api = new(node);

    [Fact]
    public async Task Metrics_answers_in_the_prometheus_text_format()
    {
        var response = await node.Http.GetAsync("metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.StartsWith("text/plain; version=0.0.4", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("# TYPE akka_cluster_members gauge", text);
        Assert.Contains("# TYPE akka_persistence_persist_duration_seconds histogram", text);
        Assert.Contains("akka_cluster_members{status=\"up\"} 1", text);
    }

    [Fact]
    public async Task Prometheus_sees_the_cluster_the_shards_and_the_runtime()
    {
        TradingApi.Accepted(await _api.PostAsync("api/accounts/MET-SHARD/open", new { type = "cash" }));
        await WhenAsync("up{job=\"hive\"}", v => v == 1, "the node is scraped");
        await WhenAsync("akka_cluster_members{status=\"up\"}", v => v == 1, "one member Up");
        await WhenAsync("akka_cluster_members{status=\"joining\"}", v => v == 0, "no member joining");
        await WhenAsync("akka_cluster_unreachable_members", v => v == 0, "nobody unreachable");
        await WhenAsync("hive_node_ready", v => v == 1, "the node ready");
        await WhenAsync("akka_cluster_sharding_shards{region=\"account\"}", v => v >= 1, "the account's shard hosted");
        await WhenAsync("akka_cluster_sharding_entities{region=\"account\"}", v => v >= 1, "the account running");
        await WhenAsync("dotnet_collection_count_total{generation=\"0\"}", v => v >= 0, "GC counts");
        await WhenAsync("system_runtime_dotnet_gc_heap_total_allocated", v => v > 0, "allocation");
        await WhenAsync("system_runtime_dotnet_thread_pool_thread_count", v => v >= 1, "thread pool");
        await WhenAsync("process_cpu_seconds_total", v => v > 0, "CPU time");
    }

    [Fact]
    public async Task Orders_sent_through_the_api_are_counted_by_final_status_with_their_fills_and_denials()
    {
        var account = MetricsFixture.Account;
        await node.TradedAsync();

        await WhenAsync("hive_orders_finished_total{status=\"filled\"}", v => v >= 3, "three orders filled");
        await WhenAsync("hive_fills_total", v => v >= 3, "three fills");
        await WhenAsync("hive_orders_finished_total{status=\"denied\"}", v => v >= 1, "the order sent while halted denied");
        await WhenAsync("hive_orders_denied_total{code=\"trading-halted\"}", v => v >= 1, "denied for the halt");
        await WhenAsync("hive_trading_state_changes_total{state=\"halted\"}", v => v >= 1, "the halt counted");
        await WhenAsync($"hive_account_trading_state{{account=\"{account}\",state=\"halted\"}}", v => v == 1, "the account shown halted");
        await WhenAsync($"hive_account_equity{{account=\"{account}\",currency=\"USD\"}}", v => v is > 99_000 and < 100_001, "equity near the deposit");
        await WhenAsync("sum(akka_persistence_journal_events_persisted_total)", v => v >= 15, "the orders' events persisted");
        await WhenAsync("sum(akka_persistence_persist_duration_seconds_count{region=\"order\"})", v => v >= 3, "order writes timed");
        await WhenAsync("sum(akka_persistence_recovery_duration_seconds_count)", v => v >= 1, "entity recoveries timed");
        await WhenAsync("max(hive_projection_events_behind)", v => v >= 0, "projection lag measured");
        await WhenAsync("sum(http_request_duration_seconds_count{endpoint=\"/api/orders\",method=\"POST\",code=\"200\"})", v => v >= 4,
            "order submissions timed by route template");

        var paths = await node.Prometheus.VectorAsync("http_request_duration_seconds_count");
        Assert.DoesNotContain(paths, s => s.Labels["endpoint"].Contains("MET-", StringComparison.Ordinal));
        Assert.Contains(paths, s => s.Labels["endpoint"] == "/api/orders/{id}");
        var accounts = await node.Prometheus.VectorAsync("hive_account_equity");
        Assert.All(accounts, s => Assert.Equal(account, s.Labels["account"]));
    }

    [Fact]
    public async Task Every_counter_the_node_keeps_is_exported()
    {
        // Some activity first, so there are keys of several kinds (rejections, unknown ids, persisted events).
        await node.SendAsync(node.Post("api/orders", """{"clientOrderId":"MET-BAD","accountId":"nobody","instrument":"NOPE:X","side":"buy","quantity":1}"""));
        await node.GetAsync("api/orders/MET-NOT-THERE");
        await node.Http.GetAsync("metrics");

        var unmapped = Actors.Diagnostics.HiveCounters.Snapshot().Keys
            .Where(key => !Hive.Cluster.Metrics.ProcessMetrics.Counters.Any(f => f.TrySet(key, Actors.Diagnostics.HiveCounters.Get(key))))
            .ToList();

        Assert.Empty(unmapped);
    }

    [Fact]
    public async Task Every_dashboard_panel_and_alert_rule_is_accepted_by_prometheus_and_uses_only_series_the_node_exports()
    {
        await node.TradedAsync();
        await WhenAsync("hive_orders_denied_total", v => v >= 1, "the denial scraped");
        await WhenAsync("hive_trading_state_changes_total{state=\"halted\"}", v => v >= 1, "the halt scraped");
        await WhenAsync($"hive_account_trading_state{{account=\"{MetricsFixture.Account}\",state=\"halted\"}}", v => v == 1, "the account's state scraped");
        await WhenAsync($"hive_account_equity{{account=\"{MetricsFixture.Account}\"}}", v => v > 0, "the account's equity scraped");
        // Series Prometheus scraped from the node, and the counters by code or type that the node declares but publishes
        // with their first occurrence (a label value per code is not known before).
        var exported = (await node.Prometheus.MetricNamesAsync()).Concat(Hive.Cluster.Metrics.ProcessMetrics.Counters.Select(c => c.Name)).ToHashSet();

        var queries = new List<(string Where, string Expr)>();
        foreach (var file in Directory.GetFiles(RepositoryRoot.Combine("deploy", "grafana", "dashboards"), "*.json"))
        {
            using var dashboard = JsonDocument.Parse(await File.ReadAllTextAsync(file));
            foreach (var panel in dashboard.RootElement.GetProperty("panels").EnumerateArray())
                foreach (var target in panel.GetProperty("targets").EnumerateArray())
                    queries.Add(($"{Path.GetFileName(file)}: {panel.GetProperty("title").GetString()}", target.GetProperty("expr").GetString()!));
        }
        var rules = await node.Prometheus.Http.GetFromJsonAsync<JsonElement>("api/v1/rules");
        foreach (var group in rules.GetProperty("data").GetProperty("groups").EnumerateArray())
            foreach (var rule in group.GetProperty("rules").EnumerateArray())
                queries.Add(($"alerts.yml: {rule.GetProperty("name").GetString()}", rule.GetProperty("query").GetString()!));
        Assert.True(queries.Count >= 40, $"only {queries.Count} queries found");

        var problems = new List<string>();
        foreach (var (where, expr) in queries)
        {
            // What Grafana sends for the dashboards' variables: every node, a rate window of a minute.
            var sent = expr.Replace("$__rate_interval", "1m", StringComparison.Ordinal).Replace("$instance", ".*", StringComparison.Ordinal);
            var (status, reply) = await node.Prometheus.QueryAsync(sent);
            if (status != 200) problems.Add($"{where}: {status} {reply}");
            problems.AddRange(PromQlNames.Of(sent).Where(name => !exported.Contains(name)).Select(name => $"{where}: {name} is not a series the node exports"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private async Task WhenAsync(string promql, Func<double, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        IReadOnlyList<(IReadOnlyDictionary<string, string> Labels, double Value)> last;
        while (true)
        {
            last = await node.Prometheus.VectorAsync(promql);
            if (last.Count > 0 && last.All(s => condition(s.Value))) return;
            if (DateTime.UtcNow > deadline) break;
            await Task.Delay(250);
        }
        Assert.Fail($"{what}: {promql} not within {Patience.TotalSeconds:0} s; last answer " +
                    string.Join(", ", last.Select(s => s.Value.ToString(CultureInfo.InvariantCulture))));
    }
}
