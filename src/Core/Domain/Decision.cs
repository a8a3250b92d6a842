namespace Hive.Core.Domain;

/// <summary>
/// What an aggregate's <c>Decide</c> returns: the events to persist (possibly none, for an idempotent
/// repeat), or a rejection. Never both.
/// </summary>
public sealed record Decision<TEvent>
{
    private Decision(IReadOnlyList<TEvent> events, Rejection? rejection)
    {
        Events = events;
        Rejection = rejection;
    }

    public IReadOnlyList<TEvent> Events { get; }

    public Rejection? Rejection { get; }

    public bool IsRejected => Rejection is not null;

    public static Decision<TEvent> Accept(params TEvent[] events) => new(events, null);

    public static Decision<TEvent> Accept(IReadOnlyList<TEvent> events) => new(events, null);

    /// <summary>Already done: nothing to persist, reply as success (idempotent receivers).</summary>
    public static Decision<TEvent> AlreadyApplied { get; } = new([], null);

    public static Decision<TEvent> Reject(string code, string message) => new([], new Rejection(code, message));
}
