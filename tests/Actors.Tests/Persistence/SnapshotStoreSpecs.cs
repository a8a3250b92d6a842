using Akka.Actor;
using Akka.Persistence;
using Xunit.Abstractions;
using AkkaPersistence = Akka.Persistence.Persistence;

namespace Hive.Actors.Tests.Persistence;

/// <summary>
/// What any snapshot store must do, in the spirit of the Akka.Persistence TCK's SnapshotStoreSpec, spoken to
/// through the snapshot protocol. Every spec starts with snapshots at sequence numbers 1..5 of entity
/// <c>s</c>, one minute apart.
/// </summary>
public abstract class SnapshotStoreSpecs : PluginSpecs
{
    private static readonly DateTime First = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    protected SnapshotStoreSpecs(PluginUnderTest plugin, ITestOutputHelper output) : base(plugin, "snapshot-spec", output)
    {
        for (var seq = 1; seq <= 5; seq++) Save(Metadata("s", seq), $"s-{seq}");
    }

    private IActorRef Store => AkkaPersistence.Instance.Apply(Sys).SnapshotStoreFor(null);

    [Fact]
    public void Loads_nothing_for_an_entity_without_snapshots()
    {
        Assert.Null(Load("nobody", SnapshotSelectionCriteria.Latest));
    }

    [Fact]
    public void Loads_the_latest_snapshot_with_its_metadata()
    {
        var latest = Load("s", SnapshotSelectionCriteria.Latest);
        Assert.Equal("s-5", latest?.Snapshot);
        Assert.Equal(("s", 5L, Minute(5)), (latest!.Metadata.PersistenceId, latest.Metadata.SequenceNr, latest.Metadata.Timestamp));
    }

    [Fact]
    public void Loads_the_latest_snapshot_at_or_below_a_sequence_number()
    {
        Assert.Equal("s-3", Load("s", new SnapshotSelectionCriteria(3))?.Snapshot);
    }

    [Fact]
    public void Loads_the_latest_snapshot_at_or_before_a_timestamp()
    {
        Assert.Equal("s-2", Load("s", new SnapshotSelectionCriteria(long.MaxValue, Minute(2)))?.Snapshot);
    }

    [Fact]
    public void Loads_the_latest_snapshot_up_to_the_sequence_number_recovery_stops_at()
    {
        Assert.Equal("s-4", Load("s", SnapshotSelectionCriteria.Latest, toSequenceNr: 4)?.Snapshot);
    }

    [Fact]
    public void Loads_nothing_when_no_snapshot_matches_the_criteria()
    {
        Assert.Null(Load("s", new SnapshotSelectionCriteria(0)));
        Assert.Null(Load("s", new SnapshotSelectionCriteria(long.MaxValue, Minute(0))));
    }

    [Fact]
    public void Deletes_a_single_snapshot_and_loads_the_one_before_it()
    {
        var probe = CreateTestProbe();
        Store.Tell(new DeleteSnapshot(Metadata("s", 5)), probe.Ref);
        probe.ExpectMsg<DeleteSnapshotSuccess>();
        Assert.Equal("s-4", Load("s", SnapshotSelectionCriteria.Latest)?.Snapshot);
    }

    [Fact]
    public void Deletes_the_snapshots_matching_criteria_and_keeps_the_others()
    {
        var probe = CreateTestProbe();
        var criteria = new SnapshotSelectionCriteria(3);
        Store.Tell(new DeleteSnapshots("s", criteria), probe.Ref);
        probe.ExpectMsg<DeleteSnapshotsSuccess>(m => Assert.Equal(criteria, m.Criteria));
        Assert.Null(Load("s", criteria));
        Assert.Equal("s-5", Load("s", SnapshotSelectionCriteria.Latest)?.Snapshot);
        Assert.Equal("s-4", Load("s", new SnapshotSelectionCriteria(4))?.Snapshot);
    }

    [Fact]
    public void Saving_again_at_the_same_sequence_number_replaces_the_snapshot()
    {
        Save(Metadata("s", 5), "s-5 again");
        Assert.Equal("s-5 again", Load("s", SnapshotSelectionCriteria.Latest)?.Snapshot);
    }

    [Fact]
    public void A_snapshot_that_cannot_be_read_back_fails_the_load_instead_of_passing_for_none()
    {
        Save(Metadata("broken", 1), new Undeserializable("state"));
        var probe = CreateTestProbe();
        Store.Tell(new LoadSnapshot("broken", SnapshotSelectionCriteria.Latest, long.MaxValue), probe.Ref);
        probe.ExpectMsg<LoadSnapshotFailed>();
    }

    private void Save(SnapshotMetadata metadata, object snapshot)
    {
        var probe = CreateTestProbe();
        Store.Tell(new SaveSnapshot(metadata, snapshot), probe.Ref);
        probe.ExpectMsg<SaveSnapshotSuccess>(m => Assert.Equal(metadata.SequenceNr, m.Metadata.SequenceNr));
    }

    private SelectedSnapshot? Load(string persistenceId, SnapshotSelectionCriteria criteria, long toSequenceNr = long.MaxValue)
    {
        var probe = CreateTestProbe();
        Store.Tell(new LoadSnapshot(persistenceId, criteria, toSequenceNr), probe.Ref);
        var result = probe.ExpectMsg<LoadSnapshotResult>();
        Assert.Equal(toSequenceNr, result.ToSequenceNr);
        return result.Snapshot;
    }

    private static SnapshotMetadata Metadata(string persistenceId, long sequenceNr) => new(persistenceId, sequenceNr, Minute(sequenceNr));

    private static DateTime Minute(long minute) => First.AddMinutes(minute);
}
