using Akka.Actor;
using Akka.Persistence;
using Akka.TestKit;
using Xunit.Abstractions;

namespace Hive.Actors.Tests.Persistence;

/// <summary>
/// What any journal must do, in the spirit of the Akka.Persistence TCK's JournalSpec: spoken to through the
/// journal protocol (WriteMessages, ReplayMessages, DeleteMessagesTo), and through a persistent actor where
/// the actor's view is the point. Each spec writes to a fresh database.
/// </summary>
public abstract class JournalSpecs(PluginUnderTest plugin, ITestOutputHelper output) : JournalProtocolSpecs(plugin, output)
{
    [Fact]
    public void A_fresh_journal_replays_nothing_and_its_highest_sequence_number_is_zero()
    {
        var (events, highest) = Replay("nobody", 1, long.MaxValue, long.MaxValue);
        Assert.Empty(events);
        Assert.Equal(0, highest);
    }

    [Fact]
    public void Replays_every_event_in_order_with_its_persistence_id()
    {
        WriteEach("a", 1, 5);
        var (events, highest) = Replay("a", 1, long.MaxValue, long.MaxValue);
        Assert.Equal([1L, 2, 3, 4, 5], events.Select(e => e.SequenceNr));
        Assert.Equal(["a-1", "a-2", "a-3", "a-4", "a-5"], events.Select(e => e.Payload));
        Assert.All(events, e => Assert.Equal(("a", false), (e.PersistenceId, e.IsDeleted)));
        Assert.Equal(5, highest);
    }

    [Theory]
    [InlineData(3, long.MaxValue, long.MaxValue, new long[] { 3, 4, 5 })]
    [InlineData(1, 3, long.MaxValue, new long[] { 1, 2, 3 })]
    [InlineData(1, long.MaxValue, 3, new long[] { 1, 2, 3 })]
    [InlineData(2, 4, 2, new long[] { 2, 3 })]
    [InlineData(2, 2, long.MaxValue, new long[] { 2 })]
    public void Replays_only_the_events_within_the_bounds_and_the_limit(long from, long to, long max, long[] expected)
    {
        WriteEach("a", 1, 5);
        Assert.Equal(expected, Replay("a", from, to, max).Events.Select(e => e.SequenceNr));
    }

    [Theory]
    [InlineData(1, long.MaxValue, 0)]
    [InlineData(3, 2, long.MaxValue)]
    public void Replays_nothing_for_an_empty_range_yet_reports_the_highest_sequence_number(long from, long to, long max)
    {
        WriteEach("a", 1, 5);
        var (events, highest) = Replay("a", from, to, max);
        Assert.Empty(events);
        Assert.Equal(5, highest);
    }

    [Fact]
    public void Replays_nothing_from_beyond_the_highest_sequence_number()
    {
        // The highest reported here is only a hint (Akka.Persistence.Sql answers 0), so only the events are asserted.
        WriteEach("a", 1, 5);
        Assert.Empty(Replay("a", 6, long.MaxValue, long.MaxValue).Events);
    }

    [Fact]
    public void Deleted_events_are_not_replayed_and_the_highest_sequence_number_survives_them()
    {
        WriteEach("a", 1, 5);
        Delete("a", 3);
        var (events, highest) = Replay("a", 1, long.MaxValue, long.MaxValue);
        Assert.Equal([4L, 5], events.Select(e => e.SequenceNr));
        Assert.Equal(5, highest);
    }

    [Fact]
    public void Deleting_beyond_the_highest_deletes_everything_and_writing_continues_after_the_old_highest()
    {
        WriteEach("a", 1, 5);
        Delete("a", 100);
        var (events, highest) = Replay("a", 1, long.MaxValue, long.MaxValue);
        Assert.Empty(events);
        Assert.Equal(5, highest);

        WriteEach("a", 6, 6);
        Assert.Equal([6L], Replay("a", 1, long.MaxValue, long.MaxValue).Events.Select(e => e.SequenceNr));
    }

    [Fact]
    public void Deleting_one_entity_leaves_the_others_alone()
    {
        WriteEach("a", 1, 3);
        WriteEach("b", 1, 3);
        Delete("a", 3);
        Assert.Equal(3, Replay("b", 1, long.MaxValue, long.MaxValue).Events.Count);
    }

    [Fact]
    public void An_atomic_write_of_several_events_is_replayed_whole()
    {
        var probe = CreateTestProbe();
        Journal.Tell(new WriteMessages([new AtomicWrite(Events("a", 1, 3))], probe.Ref, 1));
        probe.ExpectMsg<WriteMessagesSuccessful>();
        for (var seq = 1; seq <= 3; seq++) probe.ExpectMsg<WriteMessageSuccess>(m => Assert.Equal(seq, m.Persistent.SequenceNr));
        Assert.Equal([1L, 2, 3], Replay("a", 1, long.MaxValue, long.MaxValue).Events.Select(e => e.SequenceNr));
    }

    [Fact]
    public void An_unserializable_event_rejects_its_whole_atomic_write_and_only_that_one()
    {
        var probe = CreateTestProbe();
        var mixed = Events("a", 2, 3).SetItem(1, Event("a", 3, new Unserializable("no")));
        Journal.Tell(new WriteMessages([new AtomicWrite(Event("a", 1, "a-1")), new AtomicWrite(mixed), new AtomicWrite(Event("a", 4, "a-4"))], probe.Ref, 1));
        probe.ExpectMsg<WriteMessagesSuccessful>();
        probe.ExpectMsg<WriteMessageSuccess>(m => Assert.Equal(1, m.Persistent.SequenceNr));
        probe.ExpectMsg<WriteMessageRejected>(m => Assert.Equal(2, m.Persistent.SequenceNr));
        probe.ExpectMsg<WriteMessageRejected>(m => Assert.Equal(3, m.Persistent.SequenceNr));
        probe.ExpectMsg<WriteMessageSuccess>(m => Assert.Equal(4, m.Persistent.SequenceNr));
        Assert.Equal([1L, 4], Replay("a", 1, long.MaxValue, long.MaxValue).Events.Select(e => e.SequenceNr));
    }

    [Fact]
    public void A_write_that_fails_in_the_database_fails_alone_and_writes_sent_with_it_are_kept()
    {
        WriteEach("a", 1, 1);
        var duplicate = CreateTestProbe();
        var other = CreateTestProbe();
        Journal.Tell(new WriteMessages([new AtomicWrite(Event("a", 1, "again"))], duplicate.Ref, 1));
        Journal.Tell(new WriteMessages([new AtomicWrite(Event("b", 1, "b-1"))], other.Ref, 1));
        duplicate.ExpectMsg<WriteMessagesFailed>();
        other.ExpectMsg<WriteMessagesSuccessful>();
        Assert.Equal(["a-1"], Replay("a", 1, long.MaxValue, long.MaxValue).Events.Select(e => e.Payload));
        Assert.Equal(["b-1"], Replay("b", 1, long.MaxValue, long.MaxValue).Events.Select(e => e.Payload));
    }

    [Fact]
    public void An_entity_recovers_its_events_and_persisting_afterwards_continues_its_sequence()
    {
        var first = Sys.ActorOf(Props.Create(() => new SpecEntity("e")));
        first.Tell(new SpecEntity.PersistEvents(["x", "y", "z"]));
        ExpectMsg(new SpecEntity.Persisted(3));
        Watch(first);
        Sys.Stop(first);
        ExpectTerminated(first);

        var second = Sys.ActorOf(Props.Create(() => new SpecEntity("e")));
        second.Tell(new SpecEntity.PersistEvents(["w"]));
        ExpectMsg(new SpecEntity.Persisted(4));
        second.Tell(SpecEntity.GetEvents.Instance);
        var recovered = ExpectMsg<SpecEntity.Recovered>();
        Assert.Equal(["x", "y", "z", "w"], recovered.Events);
    }

    [Fact]
    public void A_rejected_event_reaches_the_entity_as_persist_rejected_and_the_entity_keeps_persisting()
    {
        var entity = Sys.ActorOf(Props.Create(() => new SpecEntity("e")));
        entity.Tell(new SpecEntity.PersistEvents([new Unserializable("no")]));
        Assert.Equal(1, ExpectMsg<SpecEntity.Rejected>().SequenceNr);
        entity.Tell(new SpecEntity.PersistEvents(["ok"]));
        ExpectMsg(new SpecEntity.Persisted(2));
        Assert.Equal(["ok"], Replay("e", 1, long.MaxValue, long.MaxValue).Events.Select(e => e.Payload));
    }

    [Fact]
    public void Many_entities_writing_at_once_each_replay_exactly_their_own_events()
    {
        const int entities = 100, rounds = 10, perRound = 5;
        var refs = Enumerable.Range(0, entities).Select(i => Sys.ActorOf(Props.Create(() => new SpecEntity($"many-{i}")))).ToList();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (entity, i) in refs.Select((r, i) => (r, i)))
                entity.Tell(new SpecEntity.PersistEvents(Enumerable.Range(0, perRound).Select(k => (object)$"{i}:{round * perRound + k + 1}").ToList()));
            for (var i = 0; i < entities; i++) ExpectMsg<SpecEntity.Persisted>(TimeSpan.FromSeconds(30));
        }

        for (var i = 0; i < entities; i++)
        {
            var expected = Enumerable.Range(1, rounds * perRound).Select(seq => (object)$"{i}:{seq}");
            Assert.Equal(expected, Replay($"many-{i}", 1, long.MaxValue, long.MaxValue).Events.Select(e => e.Payload));
        }
    }
}
