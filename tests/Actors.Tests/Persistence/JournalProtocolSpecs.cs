using System.Collections.Immutable;
using Akka.Actor;
using Akka.Persistence;
using Xunit.Abstractions;
using AkkaPersistence = Akka.Persistence.Persistence;

namespace Hive.Actors.Tests.Persistence;

/// <summary>Speaking to the journal under test through its protocol: writes, deletes and replays as a persistent actor
/// would send them, each awaited.</summary>
public abstract class JournalProtocolSpecs(PluginUnderTest plugin, ITestOutputHelper output) : PluginSpecs(plugin, "journal-spec", output)
{
    private readonly string _writerGuid = Guid.NewGuid().ToString();

    protected IActorRef Journal => AkkaPersistence.Instance.Apply(Sys).JournalFor(null);

    protected void WriteEach(string persistenceId, long from, long to)
    {
        var probe = CreateTestProbe();
        var writes = Range(from, to).Select(seq => new AtomicWrite(Event(persistenceId, seq, $"{persistenceId}-{seq}"))).ToList();
        Journal.Tell(new WriteMessages(writes, probe.Ref, 1));
        probe.ExpectMsg<WriteMessagesSuccessful>();
        foreach (var seq in Range(from, to)) probe.ExpectMsg<WriteMessageSuccess>(m => Assert.Equal(seq, m.Persistent.SequenceNr));
    }

    protected void Delete(string persistenceId, long toSequenceNr)
    {
        var probe = CreateTestProbe();
        Journal.Tell(new DeleteMessagesTo(persistenceId, toSequenceNr, probe.Ref));
        probe.ExpectMsg<DeleteMessagesSuccess>(m => Assert.Equal(toSequenceNr, m.ToSequenceNr));
    }

    protected (List<IPersistentRepresentation> Events, long Highest) Replay(string persistenceId, long from, long to, long max)
    {
        var probe = CreateTestProbe();
        Journal.Tell(new ReplayMessages(from, to, max, persistenceId, probe.Ref));
        var events = new List<IPersistentRepresentation>();
        while (true)
        {
            switch (probe.ExpectMsg<object>())
            {
                case ReplayedMessage replayed:
                    events.Add(replayed.Persistent);
                    break;
                case RecoverySuccess done:
                    return (events, done.HighestSequenceNr);
                case var other:
                    throw new Xunit.Sdk.XunitException($"replay answered {other}");
            }
        }
    }

    protected ImmutableList<IPersistentRepresentation> Events(string persistenceId, long from, long to) =>
        Range(from, to).Select(seq => Event(persistenceId, seq, $"{persistenceId}-{seq}")).ToImmutableList();

    protected IPersistentRepresentation Event(string persistenceId, long sequenceNr, object payload) =>
        new Persistent(payload, sequenceNr, persistenceId, "", false, TestActor, _writerGuid, 0);

    protected static IEnumerable<long> Range(long from, long to)
    {
        for (var seq = from; seq <= to; seq++) yield return seq;
    }
}
