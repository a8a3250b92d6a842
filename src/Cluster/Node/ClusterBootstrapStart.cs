using Akka.Actor;
using Akka.Discovery.KubernetesApi;
using Akka.Management.Cluster.Bootstrap;
using Akka.Management.Dsl;
using Hive.Actors.Hosting;
using Microsoft.Extensions.Hosting;

namespace Hive.Cluster.Node;

/// <summary>
/// Starts Akka.Management's ClusterBootstrap (discovery, probing of the contact points, the lowest-address rule, the join)
/// without Akka.Management's HTTP endpoint, whose server does not run on the package feed this project builds from
/// (docs/deploy.md). The node's own HTTP server answers the probes (<see cref="Http.BootstrapEndpoints"/>); the bootstrap
/// is told this node's contact point the way an embedding server tells it, by asking it for its routes, which are not served.
/// </summary>
public sealed class ClusterBootstrapStart(ActorSystem system, HiveNodeSettings settings, ILogger<ClusterBootstrapStart> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.Bootstrap is not { } discovery) return;
        // The Kubernetes method's settings are a fallback its extension adds; the node's HOCON only overrides them.
        if (discovery.Method == DiscoveryMethod.Kubernetes) KubernetesDiscovery.Get(system);
        var bootstrap = ClusterBootstrap.Get(system);
        _ = bootstrap.Routes(ManagementRouteProviderSettings.Create(discovery.SelfContactPoint, readOnly: true));
        log.LogInformation("Cluster bootstrap: {Method} discovery of {Service}, contact point {Self}",
            discovery.Method, discovery.ServiceName, discovery.SelfContactPoint);
        await bootstrap.Start();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
