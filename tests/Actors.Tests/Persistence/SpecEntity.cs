using Akka.Actor;
using Akka.Persistence;

namespace Hive.Actors.Tests.Persistence;

/// <summary>
/// A persistent actor for the specs: recovers every event into <see cref="Recovered"/>, persists what it is
/// sent as one <c>PersistAll</c> and answers with its last sequence number, or with the rejection.
/// </summary>
public sealed class SpecEntity : ReceivePersistentActor
{
    private readonly List<object> _events = [];
    private IActorRef _replyTo = ActorRefs.Nobody;

    public SpecEntity(string persistenceId)
    {
        PersistenceId = persistenceId;
        Recover<RecoveryCompleted>(_ => { });
        Recover<object>(e => _events.Add(e));
        Command<PersistEvents>(p =>
        {
            _replyTo = Sender;
            var left = p.Events.Count;
            PersistAll(p.Events, e =>
            {
                _events.Add(e);
                if (--left == 0) _replyTo.Tell(new Persisted(LastSequenceNr));
            });
        });
        Command<GetEvents>(_ => Sender.Tell(new Recovered(_events.ToList(), LastSequenceNr)));
    }

    public override string PersistenceId { get; }

    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr) =>
        _replyTo.Tell(new Rejected(sequenceNr, cause));

    public sealed record PersistEvents(IReadOnlyList<object> Events);

    public sealed record Persisted(long LastSequenceNr);

    public sealed record Rejected(long SequenceNr, Exception Cause);

    public sealed record GetEvents
    {
        public static readonly GetEvents Instance = new();
    }

    public sealed record Recovered(IReadOnlyList<object> Events, long LastSequenceNr);
}
