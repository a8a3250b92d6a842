using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Event;
using Hive.Actors.Entities;
using Hive.Core.Security;

namespace Hive.Cluster.Security;

/// <summary>
/// Keeps the node's <see cref="UserDirectoryCache"/> current: subscribes to the directory's topic (changes arrive as they are
/// stored) and also reads the directory itself, every second until the first copy arrives and every
/// <see cref="RefreshEvery"/> after, so a node that missed a publish (joining, a partition) still converges.
/// </summary>
public sealed class UserDirectoryFollower : ReceiveActor, IWithTimers
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan FirstReadEvery = TimeSpan.FromSeconds(1);
    private readonly ILoggingAdapter _log = Context.GetLogger();

    public UserDirectoryFollower(IActorRef directory, UserDirectoryCache cache)
    {
        Receive<UserDirectoryState>(cache.Update);
        Receive<SubscribeAck>(_ => { });
        Receive<Refresh>(_ => directory.Ask<object>(GetUserDirectory.Instance, TimeSpan.FromSeconds(5))
            .PipeTo(Self, failure: e => new Status.Failure(e)));
        Receive<Status.Failure>(f =>
        {
            _log.Info("user directory not readable yet ({0}); retrying", f.Cause.GetBaseException().Message);
            if (cache.Version < 0) Timers!.StartSingleTimer(nameof(Refresh), Refresh.Instance, FirstReadEvery);
        });
        ReceiveAny(m => _log.Warning("user directory follower ignored {0}", m.GetType().Name));
    }

    public ITimerScheduler? Timers { get; set; }

    public static Props Props(IActorRef directory, UserDirectoryCache cache) => Akka.Actor.Props.Create(() => new UserDirectoryFollower(directory, cache));

    protected override void PreStart()
    {
        DistributedPubSub.Get(Context.System).Mediator.Tell(new Subscribe(UserDirectoryEntity.Topic, Self));
        Self.Tell(Refresh.Instance);
        Timers!.StartPeriodicTimer("periodic", Refresh.Instance, RefreshEvery);
    }

    private sealed record Refresh
    {
        public static readonly Refresh Instance = new();
    }
}
