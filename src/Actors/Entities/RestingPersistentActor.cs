using System.Diagnostics;
using Akka.Actor;
using Akka.Hosting;
using Akka.Persistence;
using Hive.Actors.Diagnostics;
using Hive.Actors.Sharding;

namespace Hive.Actors.Entities;

/// <summary>
/// A persistent actor that notices when it has been idle for <see cref="RestAfter"/> (entities and instruments, which ask
/// their shard to passivate them then). Akka's <c>ReceiveTimeout</c> cancels and schedules a timer on every message, which
/// on an account or instrument taking thousands of messages a second is a scheduler registration and a cancellation
/// source per message; this instead stamps the time of each message and checks it on one periodic <see cref="IdleTick"/>
/// (every half of <see cref="RestAfter"/>), so the actor hears of its idleness between one and one and a half times
/// <see cref="RestAfter"/> after its last message. Subclasses handle <see cref="IdleTick"/> and ask <see cref="IsIdle"/>.
/// It also times its recovery, from construction to the end of the replay, for the node's metrics.
/// </summary>
public abstract class RestingPersistentActor(string region, TimeSpan restAfter) : ReceivePersistentActor
{
    private readonly long _created = Stopwatch.GetTimestamp();
    private long _lastMessage = Environment.TickCount64;
    private ICancelable? _ticks;

    /// <summary>The shard region the actor is an entity of (part of its persistence id).</summary>
    protected string Region { get; } = region;

    protected TimeSpan RestAfter { get; } = restAfter;

    /// <summary>How the entity reaches the other regions, made on first use (the registry holds them once they have started).</summary>
    protected EntityGateway Gateway => _gateway ??= new EntityGateway(ActorRegistry.For(Context.System));

    private EntityGateway? _gateway;

    /// <summary>Whether the actor may rest at all: one that never rests (an order group) runs no ticks.</summary>
    protected virtual bool IdleTimerFromStart => true;

    protected bool IsIdle => Environment.TickCount64 - _lastMessage >= (long)RestAfter.TotalMilliseconds;

    protected override void PreStart()
    {
        base.PreStart();
        if (!IdleTimerFromStart) return;
        var every = TimeSpan.FromTicks(Math.Max(RestAfter.Ticks / 2, TimeSpan.TicksPerMillisecond));
        _ticks = Context.System.Scheduler.ScheduleTellRepeatedlyCancelable(every, every, Self, IdleTick.Instance, ActorRefs.NoSender);
    }

    protected override void OnReplaySuccess()
    {
        HiveCounters.RecoveryTook(Region, Stopwatch.GetElapsedTime(_created));
        base.OnReplaySuccess();
    }

    protected override void PostStop()
    {
        _ticks?.Cancel();
        base.PostStop();
    }

    protected override bool AroundReceive(Receive receive, object message)
    {
        if (message is not IdleTick) _lastMessage = Environment.TickCount64;
        return base.AroundReceive(receive, message);
    }
}

/// <summary>The periodic tick of a <see cref="RestingPersistentActor"/>.</summary>
public sealed class IdleTick
{
    public static readonly IdleTick Instance = new();

    private IdleTick()
    {
    }
}
