namespace Hive.Actors.Hosting;

/// <summary>
/// Cluster bootstrap instead of seed nodes: the node looks its contact points up through Akka.Discovery, asks each one's
/// <c>/bootstrap/seed-nodes</c> on its HTTP port, joins the cluster one of them reports, and when none reports one and the
/// contact points have been stable for <see cref="StableMargin"/>, the contact point with the lowest address forms the
/// cluster (Akka.Management's ClusterBootstrap and LowestAddressJoinDecider; docs/deploy.md).
/// </summary>
public sealed record BootstrapDiscovery
{
    /// <summary><see cref="DiscoveryMethod.Config"/> or <see cref="DiscoveryMethod.Kubernetes"/>.</summary>
    public required DiscoveryMethod Method { get; init; }

    /// <summary>The name looked up: the config method's service entry, or the pods' <c>app</c> label on Kubernetes.</summary>
    public required string ServiceName { get; init; }

    /// <summary>The config method's contact points, <c>host:port</c> of each node's HTTP server; empty on Kubernetes.</summary>
    public IReadOnlyList<string> Endpoints { get; init; } = [];

    /// <summary>How many contact points must answer before the lowest one may form a new cluster.</summary>
    public required int RequiredContactPoints { get; init; }

    /// <summary>The container port (by name) the Kubernetes method takes as each pod's contact-point port.</summary>
    public required string PortName { get; init; }

    /// <summary>This node's own contact point, as discovery lists it: the lowest-address rule compares it with the others.</summary>
    public required Uri SelfContactPoint { get; init; }

    /// <summary>How long the discovered contact points must stay the same before a new cluster is formed.</summary>
    public TimeSpan StableMargin { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How often discovery is asked again and each contact point probed.</summary>
    public TimeSpan ProbeInterval { get; init; } = TimeSpan.FromSeconds(1);
}
