using System.Text.RegularExpressions;
using Hive.Actors.Hosting;
using Hive.Cluster.Node;
using Microsoft.Extensions.Configuration;

namespace Hive.Cluster.Tests.Deployment;

/// <summary>
/// No container engine or Kubernetes API runs here, so the manifests are checked against the node itself: every setting
/// they pass exists (in <c>hive node --help</c> and as a setting that binds and validates), their ports are the ones the
/// node listens on, their probe paths are endpoints a real node serves, labels and selectors agree, and no secret is
/// written in them.
/// </summary>
public sealed partial class DeploymentManifestSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private static readonly IReadOnlyList<Dictionary<object, object>> Kubernetes = Manifests.Yaml("deploy", "k8s", "hive.yaml");
    private static readonly Dictionary<object, object> Compose = Manifests.Yaml("deploy", "docker-compose.yml").Single();

    private static IEnumerable<Dictionary<object, object>> Kind(string kind) => Kubernetes.Where(d => d.Text("kind") == kind);

    private static Dictionary<object, object> Named(string kind, string name) => Kind(kind).Single(d => d.Map("metadata").Text("name") == name);

    private static Dictionary<object, object> Container(string statefulSet) =>
        (Dictionary<object, object>)Named("StatefulSet", statefulSet).Map("spec").Map("template").Map("spec").List("containers").Single();

    private static Dictionary<string, string?> Env(Dictionary<object, object> container) =>
        container.List("env").Cast<Dictionary<object, object>>().ToDictionary(e => e.Text("name")!, e => e.Text("value"));

    private static IEnumerable<(string Service, Dictionary<string, string> Env)> ComposeNodes() =>
        Compose.Map("services").Where(s => s.Key.ToString()!.StartsWith("node", StringComparison.Ordinal))
            .Select(s => (s.Key.ToString()!, s.Value.Labels("environment")));

    private static Dictionary<string, string> DockerfileEnv(string dockerfile) =>
        Manifests.Dockerfile(dockerfile).Where(i => i.Keyword == "ENV")
            .SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(pair => pair.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);

    [Fact]
    public async Task Every_hive_variable_the_manifests_set_is_a_node_setting_that_node_help_lists_and_that_validates()
    {
        var (_, help, _) = await InProcessHive.RunAsync("node", "--help");
        var sets = new List<(string Where, IReadOnlyDictionary<string, string?> Env)>
        {
            ("k8s hive-node", Env(Container("hive-node"))),
            ("Dockerfile.node", DockerfileEnv("Dockerfile.node").ToDictionary(kv => kv.Key, kv => (string?)kv.Value)),
        };
        sets.AddRange(ComposeNodes().Select(n => ($"compose {n.Service}", (IReadOnlyDictionary<string, string?>)n.Env.ToDictionary(kv => kv.Key, kv => (string?)kv.Value))));
        var settings = typeof(NodeOptions).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var (where, env) in sets)
        {
            var hive = env.Where(kv => kv.Key.StartsWith("HIVE__", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(hive);
            foreach (var (name, _) in hive)
            {
                Assert.True(settings.Contains(name["HIVE__".Length..]), $"{where}: {name} is not a setting of hive node");
                Assert.True(help.Contains(name, StringComparison.Ordinal) || help.Contains(SettingName(name), StringComparison.Ordinal),
                    $"{where}: {name} is not mentioned by hive node --help");
            }
            NodeSettingsFactory.Create(Bound(hive));
        }
    }

    [Fact]
    public void The_lighthouse_is_given_only_variables_it_reads()
    {
        var read = new HashSet<string>();
        LighthouseSettings.FromEnvironment(name =>
        {
            read.Add(name);
            return null;
        });
        var given = Compose.Map("services").Map("lighthouse").Labels("environment").Keys
            .Concat(DockerfileEnv("Dockerfile.lighthouse").Keys);

        Assert.All(given, name => Assert.Contains(name, read));
    }

    [Fact]
    public void Ports_are_the_ones_the_node_listens_on()
    {
        var defaults = new NodeOptions();
        var container = Container("hive-node");
        var env = Env(container);
        var remoting = int.Parse(env.GetValueOrDefault("HIVE__PORT") ?? $"{defaults.Port}");
        var http = int.Parse(env.GetValueOrDefault("HIVE__HTTPPORT") ?? $"{defaults.HttpPort}");
        var ports = container.List("ports").Cast<Dictionary<object, object>>().ToDictionary(p => p.Text("name")!, p => int.Parse(p.Text("containerPort")!));
        Assert.Equal(new Dictionary<string, int> { ["akka"] = remoting, ["http"] = http }, ports);
        Assert.Equal([defaults.Port, defaults.HttpPort], [remoting, http]);
        var service = Named("Service", "hive-node").Map("spec").List("ports").Cast<Dictionary<object, object>>()
            .ToDictionary(p => p.Text("name")!, p => int.Parse(p.Text("port")!));
        Assert.Equal(ports, service);
        Assert.Equal(http, int.Parse(Named("StatefulSet", "hive-node").Map("spec").Map("template").Map("metadata").Map("annotations").Text("prometheus.io/port")!));

        var exposed = Manifests.Dockerfile("Dockerfile.node").Single(i => i.Keyword == "EXPOSE").Arguments.Split(' ').Select(int.Parse);
        Assert.Equal([defaults.Port, defaults.HttpPort], exposed.Order());
        foreach (var (service2, _) in ComposeNodes())
        {
            var published = Compose.Map("services").Map(service2).List("ports").Select(p => p.ToString()!).Single();
            Assert.StartsWith("127.0.0.1:", published);
            Assert.EndsWith($":{defaults.HttpPort}", published);
        }
    }

    [Fact]
    public async Task Probe_health_check_and_scrape_paths_are_endpoints_the_node_serves()
    {
        var container = Container("hive-node");
        var paths = new List<string>
        {
            container.Map("readinessProbe").Map("httpGet").Text("path")!,
            container.Map("livenessProbe").Map("httpGet").Text("path")!,
            Named("StatefulSet", "hive-node").Map("spec").Map("template").Map("metadata").Map("annotations").Text("prometheus.io/path")!,
            HealthCheckPath().Match(Manifests.Dockerfile("Dockerfile.node").Single(i => i.Keyword == "HEALTHCHECK").Arguments).Groups["path"].Value,
        };
        var scrape = Manifests.Yaml("deploy", "prometheus", "prometheus.yml").Single().List("scrape_configs").Cast<Dictionary<object, object>>().Single();
        paths.Add(scrape.Text("metrics_path")!);

        foreach (var path in paths)
        {
            var status = (int)(await node.Http.GetAsync(path.TrimStart('/'))).StatusCode;
            Assert.True(status == 200, $"{path} answered {status}");
        }
        Assert.Equal("/health/ready", paths[0]);
        Assert.Equal("/health/live", paths[1]);
    }

    [Fact]
    public void Labels_and_selectors_agree()
    {
        var pods = Kind("StatefulSet").ToDictionary(s => s.Map("metadata").Text("name")!, s => s.Map("spec").Map("template").Map("metadata").Labels("labels"));
        foreach (var set in Kind("StatefulSet"))
        {
            var name = set.Map("metadata").Text("name")!;
            Assert.True(set.Map("spec").Map("selector").Labels("matchLabels").Selects(pods[name]), $"StatefulSet {name}'s selector misses its pods");
            var service = Named("Service", set.Map("spec").Text("serviceName")!);
            Assert.Equal("None", service.Map("spec").Text("clusterIP"));
            Assert.True(service.Map("spec").Labels("selector").Selects(pods[name]), $"Service {service.Map("metadata").Text("name")} misses {name}'s pods");
        }
        var budget = Kind("PodDisruptionBudget").Single();
        Assert.True(budget.Map("spec").Map("selector").Labels("matchLabels").Selects(pods["hive-node"]));
        var policy = Kind("NetworkPolicy").Single();
        var policed = policy.Map("spec").Map("podSelector").Labels("matchLabels");
        Assert.All(pods.Values, pod => Assert.True(policed.Selects(pod)));
        var remoting = policy.Map("spec").List("ingress").Cast<Dictionary<object, object>>()
            .Single(rule => rule.List("ports").Cast<Dictionary<object, object>>().Any(p => p.Text("port") == $"{new NodeOptions().Port}"));
        var peers = ((Dictionary<object, object>)remoting.List("from").Single()).Map("podSelector").Labels("matchLabels");
        Assert.All(pods.Values, pod => Assert.True(peers.Selects(pod), "remoting is admitted from every Hive pod"));
        Assert.DoesNotContain(remoting.List("ports").Cast<Dictionary<object, object>>(), p => p.Text("port") == $"{new NodeOptions().HttpPort}");
    }

    [Fact]
    public void No_secret_is_written_in_the_manifests_and_the_images_run_as_a_non_root_user()
    {
        var node = Env(Container("hive-node"));
        Assert.Null(node["HIVE__POSTGRES"]);
        Assert.Null(node["HIVE__ADMINTOKEN"]);
        var secretRefs = Container("hive-node").List("env").Cast<Dictionary<object, object>>()
            .Where(e => e.Map("valueFrom").ContainsKey("secretKeyRef")).Select(e => e.Text("name")).ToHashSet();
        Assert.Equal(["HIVE__ADMINTOKEN", "HIVE__POSTGRES"], secretRefs.Order());
        foreach (var (service, env) in ComposeNodes())
        {
            Assert.Matches(@"^\$\{HIVE_ADMIN_TOKEN:\?", env["HIVE__ADMINTOKEN"]);
            Assert.Contains("Password=${POSTGRES_PASSWORD:?", env["HIVE__POSTGRES"]);
            Assert.DoesNotContain("change-me", env["HIVE__ADMINTOKEN"]);
        }
        Assert.Matches(@"^\$\{POSTGRES_PASSWORD:\?", Compose.Map("services").Map("postgres").Labels("environment")["POSTGRES_PASSWORD"]);
        foreach (var dockerfile in new[] { "Dockerfile.node", "Dockerfile.lighthouse" })
        {
            var user = Manifests.Dockerfile(dockerfile).Last(i => i.Keyword is "USER" or "FROM");
            Assert.True(user.Keyword == "USER" && user.Arguments is not ("root" or "0"), $"{dockerfile} runs its last stage as root");
        }
        foreach (var set in Kind("StatefulSet"))
            Assert.Equal("True", set.Map("spec").Map("template").Map("spec").Map("securityContext").Text("runAsNonRoot"), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_nodes_bootstrap_through_the_kubernetes_api_with_a_role_that_lists_their_pods_and_their_http_port_as_contact_point()
    {
        var set = Named("StatefulSet", "hive-node");
        var pod = set.Map("spec").Map("template");
        var container = Container("hive-node");
        var env = Env(container);
        var options = Bound(env.Where(kv => kv.Key.StartsWith("HIVE__", StringComparison.Ordinal)));
        var bootstrap = Assert.IsType<BootstrapDiscovery>(NodeSettingsFactory.Create(options).Bootstrap);

        Assert.Equal(DiscoveryMethod.Kubernetes, bootstrap.Method);
        Assert.DoesNotContain("HIVE__SEEDS", env.Keys);
        // Discovery selects the pods by app=<service>, takes the port of that name, and needs all replicas to form a cluster.
        Assert.Equal(bootstrap.ServiceName, pod.Map("metadata").Labels("labels")["app"]);
        Assert.Contains(container.List("ports").Cast<Dictionary<object, object>>(),
            p => p.Text("name") == bootstrap.PortName && p.Text("containerPort") == $"{options.HttpPort}");
        Assert.Equal(set.Map("spec").Text("replicas"), $"{bootstrap.RequiredContactPoints}");
        // The pods are listed by IP, so the node's own contact point is its pod IP.
        Assert.Equal("$(POD_IP)", env["HIVE__CONTACTPOINTHOST"]);
        var podIp = container.List("env").Cast<Dictionary<object, object>>().Single(e => e.Text("name") == "POD_IP");
        Assert.Equal("status.podIP", podIp.Map("valueFrom").Map("fieldRef").Text("fieldPath"));

        var account = pod.Map("spec").Text("serviceAccountName");
        Assert.Equal(account, Kind("ServiceAccount").Single().Map("metadata").Text("name"));
        var binding = Kind("RoleBinding").Single();
        Assert.Contains(binding.List("subjects").Cast<Dictionary<object, object>>(), s => s.Text("kind") == "ServiceAccount" && s.Text("name") == account);
        var role = Named("Role", binding.Map("roleRef").Text("name")!);
        Assert.Contains(role.List("rules").Cast<Dictionary<object, object>>(), rule =>
            rule.List("resources").Contains("pods") && new[] { "get", "list", "watch" }.All(rule.List("verbs").Contains));
    }

    /// <summary>The options the node binds from these <c>HIVE__*</c> variables, with placeholders for what the platform fills in
    /// (a secret's value, a <c>$(POD_IP)</c> reference).</summary>
    private static NodeOptions Bound(IEnumerable<KeyValuePair<string, string?>> hive)
    {
        var options = new NodeOptions();
        new ConfigurationBuilder().AddInMemoryCollection(hive.Select(kv =>
                new KeyValuePair<string, string?>($"{NodeConfiguration.Section}:{kv.Key["HIVE__".Length..]}", KubernetesReference().Replace(kv.Value ?? "from-a-secret", "filled-in"))))
            .Build().GetSection(NodeConfiguration.Section).Bind(options);
        return options;
    }

    /// <summary>HIVE__SNAPSHOTEVERY is listed in the help by its setting name (SnapshotEvery).</summary>
    private static string SettingName(string variable) =>
        typeof(NodeOptions).GetProperties().Single(p => string.Equals(p.Name, variable["HIVE__".Length..], StringComparison.OrdinalIgnoreCase)).Name;

    [GeneratedRegex(@"\$\(\w+\)")]
    private static partial Regex KubernetesReference();

    [GeneratedRegex(@"http://[^/\s]+(?<path>/\S*)")]
    private static partial Regex HealthCheckPath();
}
