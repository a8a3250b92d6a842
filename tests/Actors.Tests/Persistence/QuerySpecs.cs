using System.Collections.Immutable;
using Akka;
using Akka.Actor;
using Akka.Persistence.Query;
using Akka.Streams;
using Akka.Streams.Dsl;
using Xunit.Abstractions;

namespace Hive.Actors.Tests.Persistence;

/// <summary>
/// The persistence queries the read side relies on, in the spirit of the Akka.Persistence.Query TCK specs
/// (EventsByTag, CurrentEventsByTag, CurrentPersistenceIds, events by persistence id). Events are tagged
/// by the journal's event adapter (<see cref="ColourTagger"/>), not by the entity.
/// </summary>
public abstract class QuerySpecs(PluginUnderTest plugin, ITestOutputHelper output) : PluginSpecs(plugin, "query-spec", output)
{
    private IReadJournal ReadJournal => PersistenceQuery.Get(Sys).ReadJournalFor<IReadJournal>(Plugin.ReadJournalId);

    [Fact]
    public async Task Current_events_by_tag_are_the_tagged_events_of_every_entity_in_write_order_and_the_stream_completes()
    {
        Persist("a", new Coloured("red", 1), new Coloured("blue", 2), new Coloured("red", 3));
        Persist("b", new Coloured("red", 4));

        var red = await Current(Query<ICurrentEventsByTagQuery>().CurrentEventsByTag("red", Offset.NoOffset()));

        Assert.Equal([1, 3, 4], red.Select(e => ((Coloured)e.Event).Value));
        Assert.Equal(["a", "a", "b"], red.Select(e => e.PersistenceId));
        Assert.Equal([1L, 3, 1], red.Select(e => e.SequenceNr));
        Assert.All(red, e => Assert.Equal(["red"], e.Tags));
        Assert.Equal(red.Select(e => e.Offset).Order(), red.Select(e => e.Offset));
    }

    [Fact]
    public async Task Current_events_by_tag_resume_after_the_offset_they_are_given()
    {
        Persist("a", new Coloured("red", 1), new Coloured("red", 2), new Coloured("red", 3));
        var all = await Current(Query<ICurrentEventsByTagQuery>().CurrentEventsByTag("red", Offset.NoOffset()));

        var rest = await Current(Query<ICurrentEventsByTagQuery>().CurrentEventsByTag("red", all[0].Offset));

        Assert.Equal([2, 3], rest.Select(e => ((Coloured)e.Event).Value));
    }

    [Fact]
    public void Live_events_by_tag_deliver_events_written_after_the_stream_started_and_resume_from_an_offset()
    {
        Persist("a", new Coloured("green", 1));
        var probe = CreateTestProbe();
        var live = Follow(Query<IEventsByTagQuery>().EventsByTag("green", Offset.NoOffset()), probe);
        var first = probe.ExpectMsg<EventEnvelope>(TimeSpan.FromSeconds(10));
        Assert.Equal(1, ((Coloured)first.Event).Value);

        Persist("b", new Coloured("blue", 2), new Coloured("green", 3));
        Assert.Equal(3, ((Coloured)probe.ExpectMsg<EventEnvelope>(TimeSpan.FromSeconds(10)).Event).Value);
        live.Shutdown();

        var resumed = CreateTestProbe();
        var again = Follow(Query<IEventsByTagQuery>().EventsByTag("green", first.Offset), resumed);
        Assert.Equal(3, ((Coloured)resumed.ExpectMsg<EventEnvelope>(TimeSpan.FromSeconds(10)).Event).Value);
        resumed.ExpectNoMsg(TimeSpan.FromMilliseconds(500));
        again.Shutdown();
    }

    [Fact]
    public async Task Current_persistence_ids_name_every_entity_with_events_once()
    {
        Persist("a", "x", "y");
        Persist("b", "z");

        var ids = await Query<ICurrentPersistenceIdsQuery>().CurrentPersistenceIds().RunWith(Sink.Seq<string>(), Sys.Materializer());

        Assert.Equal(["a", "b"], ids.Order());
    }

    [Fact]
    public async Task Current_events_by_persistence_id_are_the_events_in_the_asked_range()
    {
        Persist("a", "v1", "v2", "v3", "v4");

        var range = await Current(Query<ICurrentEventsByPersistenceIdQuery>().CurrentEventsByPersistenceId("a", 2, 3));

        Assert.Equal(["v2", "v3"], range.Select(e => e.Event));
        Assert.Equal([2L, 3], range.Select(e => e.SequenceNr));
    }

    [Fact]
    public async Task Live_events_by_persistence_id_follow_new_events_and_complete_at_the_upper_bound()
    {
        Persist("a", "v1");
        var events = Query<IEventsByPersistenceIdQuery>().EventsByPersistenceId("a", 1, 3).RunWith(Sink.Seq<EventEnvelope>(), Sys.Materializer());

        Persist("a", "v2", "v3", "v4");

        var seen = await events.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["v1", "v2", "v3"], seen.Select(e => e.Event));
    }

    private T Query<T>() where T : IReadJournal => (T)ReadJournal;

    protected void Persist(string persistenceId, params object[] events)
    {
        var entity = Sys.ActorOf(Props.Create(() => new SpecEntity(persistenceId)));
        entity.Tell(new SpecEntity.PersistEvents(events));
        ExpectMsg<SpecEntity.Persisted>(TimeSpan.FromSeconds(20));
        Sys.Stop(entity);
    }

    private Task<IImmutableList<EventEnvelope>> Current(Source<EventEnvelope, NotUsed> query) =>
        query.RunWith(Sink.Seq<EventEnvelope>(), Sys.Materializer()).WaitAsync(TimeSpan.FromSeconds(10));

    private UniqueKillSwitch Follow(Source<EventEnvelope, NotUsed> query, Akka.TestKit.TestProbe probe) =>
        query.ViaMaterialized(KillSwitches.Single<EventEnvelope>(), Keep.Right)
            .To(Sink.ForEach<EventEnvelope>(e => probe.Ref.Tell(e)))
            .Run(Sys.Materializer());
}
