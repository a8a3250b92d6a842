using Akka.Actor;
using Akka.Hosting;
using Hive.Actors.Sharding;

namespace Hive.Cluster.Security;

/// <summary>Starts the node's <see cref="UserDirectoryFollower"/> once the actor system and its shard regions are registered.</summary>
public sealed class UserDirectoryStart(ActorSystem system, IReadOnlyActorRegistry registry, UserDirectoryCache cache) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var region = await registry.GetAsync<UserDirectoryRegion>(cancellationToken);
        system.ActorOf(UserDirectoryFollower.Props(region, cache), "user-directory-follower");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
