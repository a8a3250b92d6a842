using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Hive.Core.Security;

namespace Hive.Actors.Entities;

/// <summary>
/// The cluster's user directory (<see cref="UserDirectoryState"/>, one entity). After every change, and after it recovers,
/// it publishes the whole directory on <see cref="Topic"/>: every node's key cache replaces its copy with it, so a revoke
/// reaches every node as fast as pub-sub delivers (well under a second once subscriptions have spread). The directory is
/// small (one row per user), so sending it whole keeps the caches trivially consistent.
/// </summary>
public sealed class UserDirectoryEntity(EntitySettings settings)
    : EntityActor<UserDirectoryState, IUserDirectoryCommand, IUserDirectoryEvent, GetUserDirectory>(
        RegionNames.Users, UserDirectoryState.EntityId, UserDirectoryState.Empty, settings)
{
    public const string Topic = "security.users";

    protected override void AfterCommand(IUserDirectoryCommand command, IReadOnlyList<IUserDirectoryEvent> persisted)
    {
        if (persisted.Count > 0) Publish();
    }

    protected override void OnReplaySuccess()
    {
        base.OnReplaySuccess();
        Publish();
    }

    private void Publish() => DistributedPubSub.Get(Context.System).Mediator.Tell(new Publish(Topic, Persisted));
}
