using Akka.Actor;

namespace Hive.Actors.Entities;

/// <summary>
/// Notices that an entity has been idle for <see cref="After"/>, for entities that rest when idle. Akka's
/// <c>ReceiveTimeout</c> cancels and schedules a timer on every message, which on an account or instrument taking
/// thousands of messages a second is a scheduler registration and a cancellation source per message; this instead
/// stamps the time of each message and checks it on one periodic tick (every half of <see cref="After"/>), so an
/// entity rests between one and one and a half times <see cref="After"/> after its last message.
/// </summary>
internal sealed class IdleClock(TimeSpan after)
{
    private long _lastMessage = Environment.TickCount64;

    public TimeSpan After { get; } = after;

    /// <summary>Starts the ticks to <paramref name="self"/>; the returned handle stops them (cancel it when the actor stops).</summary>
    public ICancelable Start(IActorContext context, IActorRef self)
    {
        var every = TimeSpan.FromTicks(Math.Max(After.Ticks / 2, TimeSpan.TicksPerMillisecond));
        return context.System.Scheduler.ScheduleTellRepeatedlyCancelable(every, every, self, IdleTick.Instance, ActorRefs.NoSender);
    }

    /// <summary>Called for every message the entity receives (ticks excepted).</summary>
    public void Touch(object message)
    {
        if (message is not IdleTick) _lastMessage = Environment.TickCount64;
    }

    public bool IsIdle => Environment.TickCount64 - _lastMessage >= (long)After.TotalMilliseconds;
}

/// <summary>The <see cref="IdleClock"/>'s periodic tick.</summary>
internal sealed class IdleTick
{
    public static readonly IdleTick Instance = new();
}
