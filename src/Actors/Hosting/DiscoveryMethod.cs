namespace Hive.Actors.Hosting;

/// <summary>How a node finds the cluster it joins (<c>hive node --discovery</c>).</summary>
public enum DiscoveryMethod
{
    /// <summary>The seed nodes it is given (<c>--seeds</c>), or itself when none.</summary>
    Seeds,

    /// <summary>Cluster bootstrap over a fixed list of contact points (Akka.Discovery's config method).</summary>
    Config,

    /// <summary>Cluster bootstrap over the pods the Kubernetes API lists (Akka.Discovery.KubernetesApi).</summary>
    Kubernetes,
}
