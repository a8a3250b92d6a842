using Akka.Actor;
using Akka.Cluster;
using Akka.Management.Cluster.Bootstrap.ContactPoint;
using Hive.Actors.Hosting;
using Hive.Cluster.Node;
using Hive.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using AkkaCluster = Akka.Cluster.Cluster;

namespace Hive.Cluster.Tests;

/// <summary>
/// Cluster bootstrap without seed nodes (`--discovery config`): real nodes (actor system, Kestrel, one SQLite journal) find
/// each other through Akka.Discovery's config method and probe each other's <c>/bootstrap/seed-nodes</c> on the node's own
/// HTTP port, the same code path as `--discovery kubernetes` but for the discovery method. A real Prometheus scrapes the
/// three nodes once they have formed their cluster, as an operator's would.
/// </summary>
public sealed class ClusterBootstrapSpecs : IAsyncLifetime
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("hive-bootstrap-").FullName;
    private readonly List<WebApplication> _nodes = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.StopAsync();
            await node.DisposeAsync();
        }
        Directory.Delete(_dataDir, recursive: true);
    }

    [Fact(Timeout = 210_000)]
    public async Task Three_nodes_without_seeds_form_one_cluster_through_config_discovery_which_prometheus_scrapes_and_a_fourth_joins_it_instead_of_forming_its_own()
    {
        // The fourth node gets the lowest HTTP port: were it to ignore the running cluster, the lowest-address rule would let
        // it form one of its own.
        var httpPorts = Enumerable.Range(0, 4).Select(_ => FreePort.Next()).Order().ToList();
        var (latePort, firstPorts) = (httpPorts[0], httpPorts[1..]);
        var firstEndpoints = string.Join(",", firstPorts.Select(p => $"127.0.0.1:{p}"));
        var first = firstPorts.Select(p => Options(p, firstEndpoints, requiredContactPoints: 3)).ToList();
        var apps = first.Select(o => NodeHost.Build(o, NodeSettingsFactory.Create(o), logging: l => l.SetMinimumLevel(LogLevel.Warning))).ToList();
        _nodes.AddRange(apps);
        await Task.WhenAll(apps.Select(a => a.StartAsync()));
        var systems = apps.Select(a => a.Services.GetRequiredService<ActorSystem>()).ToList();
        var addresses = first.Select(o => $"akka.tcp://hive@127.0.0.1:{o.Port}").Order().ToList();

        await Eventually.HoldsAsync(() => Task.FromResult(systems.All(s => UpOf(s).SequenceEqual(addresses))),
            "the three nodes did not form one cluster of three Up members within 60 s", TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(250));
        // The contact point with the lowest address formed the cluster, so it is its oldest member.
        var oldest = AkkaCluster.Get(systems[0]).State.Members.Aggregate((a, b) => a.IsOlderThan(b) ? a : b);
        Assert.Equal($"akka.tcp://hive@127.0.0.1:{first[0].Port}", oldest.Address.ToString());
        await ScrapedAsAClusterOfThreeAsync(firstPorts);

        var late = Options(latePort, $"127.0.0.1:{latePort}," + firstEndpoints, requiredContactPoints: 1);
        var lateApp = NodeHost.Build(late, NodeSettingsFactory.Create(late), logging: l => l.SetMinimumLevel(LogLevel.Warning));
        _nodes.Add(lateApp);
        await lateApp.StartAsync();
        var all = addresses.Append($"akka.tcp://hive@127.0.0.1:{late.Port}").Order().ToList();
        systems.Add(lateApp.Services.GetRequiredService<ActorSystem>());
        await Eventually.HoldsAsync(() => Task.FromResult(systems.All(s => UpOf(s).SequenceEqual(all))),
            "the fourth node did not join the running cluster within 30 s", TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(250));
    }

    [Fact(Timeout = 60_000)]
    public async Task The_contact_point_answers_its_members_in_the_shape_Akka_Managements_probe_reads()
    {
        var port = FreePort.Next();
        var options = Options(port, $"127.0.0.1:{port}", requiredContactPoints: 1);
        var app = NodeHost.Build(options, NodeSettingsFactory.Create(options), logging: l => l.SetMinimumLevel(LogLevel.Warning));
        _nodes.Add(app);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var self = $"akka.tcp://hive@127.0.0.1:{options.Port}";

        // Once it has formed its cluster the node lists itself, Up. No key is needed, as for the health probes.
        await app.StartAsync();
        var before = await SeedNodesAsync(http);
        Assert.Equal(self, before.SelfNode.ToString());
        await Eventually.HoldsAsync(async () => (await SeedNodesAsync(http)).Nodes.Any(n => n.Status == MemberStatus.Up),
            "the single contact point never reported itself Up", TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(250));
        var member = Assert.Single((await SeedNodesAsync(http)).Nodes);
        Assert.Equal(self, member.Node.ToString());
        Assert.Equal(AkkaCluster.Get(app.Services.GetRequiredService<ActorSystem>()).SelfUniqueAddress.Uid, member.NodeUid);
        Assert.Contains("node", member.Roles);
    }

    [Theory]
    [InlineData("--discovery", "dns", "--discovery must be seeds, config or kubernetes, got 'dns'")]
    [InlineData("--discovery", "config", "--discovery config needs --discovery-endpoints")]
    [InlineData("--discovery-endpoints", "127.0.0.1:5080", "--discovery-endpoints is read with --discovery config only, not with --discovery seeds")]
    public async Task An_invalid_discovery_setting_stops_start_up_naming_it(string flag, string value, string message)
    {
        var (exit, _, stderr) = await NodeFixture.RunHiveAsync(["node", "--data-dir", _dataDir, "--no-paper", flag, value], TimeSpan.FromSeconds(30));
        Assert.Equal(2, exit);
        Assert.Contains($"hive node: {message}", stderr);
    }

    [Theory]
    [InlineData("seeds", "--seeds and --discovery config exclude each other")]
    [InlineData("self", "--discovery-endpoints does not list this node's own contact point 127.0.0.1:5080")]
    [InlineData("endpoint", "--discovery-endpoints: 'node-2' is not host:port")]
    [InlineData("service", "--discovery-service must be 1-63 lowercase letters, digits and '-'")]
    [InlineData("required", "--required-contact-points must be at least 1, got 0")]
    [InlineData("port-name", "--discovery kubernetes needs --discovery-port-name")]
    [InlineData("host", "--contact-point-host '$(POD_IP)' is not a host name or IP address")]
    public void A_discovery_that_could_not_bootstrap_is_refused_with_the_reason(string which, string message)
    {
        var options = new NodeOptions { Discovery = "config", HttpPort = 5080, DiscoveryEndpoints = "127.0.0.1:5080,127.0.0.1:5081" };
        switch (which)
        {
            case "seeds": options.Seeds = "127.0.0.1:5053"; break;
            case "self": options.DiscoveryEndpoints = "127.0.0.1:5081,127.0.0.1:5082"; break;
            case "endpoint": options.DiscoveryEndpoints = "127.0.0.1:5080,node-2"; break;
            case "service": options.DiscoveryService = "Hive_Node"; break;
            case "required": options.RequiredContactPoints = 0; break;
            case "port-name": (options.Discovery, options.DiscoveryEndpoints, options.DiscoveryPortName) = ("kubernetes", null, " "); break;
            case "host": (options.Discovery, options.DiscoveryEndpoints, options.ContactPointHost) = ("kubernetes", null, "$(POD_IP)"); break;
        }
        var error = Assert.Throws<OptionsException>(() => NodeSettingsFactory.Create(options));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Kubernetes_discovery_takes_the_pod_ip_as_contact_point_and_configures_no_seed_nodes()
    {
        var settings = NodeSettingsFactory.Create(new NodeOptions
        {
            Discovery = "kubernetes", HttpPort = 5080, PublicHostname = "hive-node-0.hive-node", ContactPointHost = "10.1.2.3", RequiredContactPoints = 3,
        });
        var bootstrap = Assert.IsType<BootstrapDiscovery>(settings.Bootstrap);
        Assert.Equal((DiscoveryMethod.Kubernetes, "hive-node", "http", 3), (bootstrap.Method, bootstrap.ServiceName, bootstrap.PortName, bootstrap.RequiredContactPoints));
        Assert.Equal(new Uri("http://10.1.2.3:5080"), bootstrap.SelfContactPoint);
        var hocon = Akka.Configuration.ConfigurationFactory.ParseString(HiveHocon.Build(settings));
        Assert.Empty(hocon.GetStringList("akka.cluster.seed-nodes"));
        Assert.Equal("kubernetes-api", hocon.GetString("akka.management.cluster.bootstrap.contact-point-discovery.discovery-method"));
        Assert.Equal(5080, hocon.GetInt("akka.management.cluster.bootstrap.contact-point.fallback-port"));
    }

    /// <summary>Prometheus scrapes each node's <c>/metrics</c> (open to scrapes by default) and sees the same cluster from all three.</summary>
    private static async Task ScrapedAsAClusterOfThreeAsync(IReadOnlyList<int> httpPorts)
    {
        await using var prometheus = await PrometheusServer.StartAsync(httpPorts.Select(p => $"127.0.0.1:{p}"));
        async Task WhenAsync(string promql, Func<IReadOnlyList<double>, bool> holds, string what) =>
            await Eventually.HoldsAsync(async () => holds((await prometheus.VectorAsync(promql)).Select(s => s.Value).ToList()),
                $"Prometheus did not see {what} ({promql}) within 60 s", TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(500));

        await WhenAsync("up{job=\"hive\"}", v => v.Count == 3 && v.All(x => x == 1), "three targets up");
        await WhenAsync("akka_cluster_members{status=\"up\"}", v => v.Count == 3 && v.All(x => x == 3), "three Up members from every node");
        await WhenAsync("akka_cluster_unreachable_members", v => v.Count == 3 && v.All(x => x == 0), "nobody unreachable from any node");
        await WhenAsync("hive_node_ready", v => v.Count == 3 && v.All(x => x == 1), "three ready nodes");
        var instances = (await prometheus.VectorAsync("akka_cluster_members{status=\"up\"}")).Select(s => s.Labels["instance"]).Order().ToList();
        Assert.Equal(httpPorts.Select(p => $"127.0.0.1:{p}").Order(), instances);
    }

    private NodeOptions Options(int httpPort, string endpoints, int requiredContactPoints) => new()
    {
        DataDir = _dataDir, Port = FreePort.Next(), HttpPort = httpPort, AdminToken = "bootstrap-spec-token", ImportSamples = false, Paper = false,
        Discovery = "config", DiscoveryEndpoints = endpoints, RequiredContactPoints = requiredContactPoints,
    };

    private static IReadOnlyList<string> UpOf(ActorSystem system) =>
        AkkaCluster.Get(system).State.Members.Where(m => m.Status == MemberStatus.Up).Select(m => m.Address.ToString()).Order().ToList();

    private static async Task<HttpBootstrapJsonProtocol.SeedNodes> SeedNodesAsync(HttpClient http)
    {
        using var response = await http.GetAsync("bootstrap/seed-nodes");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonConvert.DeserializeObject<HttpBootstrapJsonProtocol.SeedNodes>(await response.Content.ReadAsStringAsync())!;
    }
}
