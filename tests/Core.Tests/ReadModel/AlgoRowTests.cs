using System.Collections.Immutable;
using Hive.Core.Algos;
using Hive.Core.Algos.Instances;
using Hive.Core.Ids;
using Hive.Core.Orders;
using Hive.Core.ReadModel;
using static Hive.Core.Tests.Algos.AlgoFixtures;
using static Hive.Core.Tests.Algos.AlgoJournal;

namespace Hive.Core.Tests.ReadModel;

/// <summary>The read side's parent rows: folded from the tagged events only, they stand where the parent entity's state stands
/// after every event (status, pause reason, filled, average price, fees, slippage, children), and a redelivered event counts once.</summary>
public sealed class AlgoRowTests
{
    private static readonly AlgoId Id = new("tw-1");

    private static SubmitAlgo Submit(decimal quantity = 1000m) => new(Id, new AlgoSpec("twap", new AccountId("ACC-1"), Stock.Id, OrderSide.Buy, quantity,
        Start, Start.AddMinutes(60), ImmutableSortedDictionary.CreateRange([KeyValuePair.Create("slices", "5")])), 100m) { Instrument = Stock };

    private static AdvanceAlgo At(AlgoState state, DateTime now) => new(Id, AlgoClock.Observe(state.Parent!.Parameters, now, Tick, Grace, 100m));

    /// <summary>The journal as the projection sees it: the tagged events, each with its sequence number in the parent's journal.</summary>
    private static List<ProjectedEvent> Tagged(IReadOnlyList<AlgoEvent> journal) =>
        journal.Select((e, i) => (Event: e, SequenceNr: i + 1L)).Where(x => ReadModelTags.For(x.Event) is not null)
            .Select(x => new ProjectedEvent(ReadModelTags.Projected, 100 + x.SequenceNr, "algo-" + Id, x.SequenceNr, x.Event, x.Event.RecordedAt)).ToList();

    private static (ParentStatus, string?, decimal, decimal, decimal, decimal, int) Figures(AlgoState s) =>
        (s.Parent!.Status, s.Parent.PauseReason, s.Parent.Filled, s.Parent.AveragePrice, s.Parent.Fees, s.SlippageBps, s.Parent.Children.Count);

    private static (ParentStatus, string?, decimal, decimal, decimal, decimal, int) Figures(AlgoRow r) =>
        (r.Status, r.PauseReason, r.Filled, r.AveragePrice, r.Fees, r.SlippageBps, r.SlicesPlaced);

    /// <summary>Runs the commands as the entity would and checks, after each, that the row folded from the tagged events so far agrees.</summary>
    private static AlgoRow RunAndFold(params Func<AlgoState, (AlgoCommand Command, DateTime At)>[] steps) => RunAndFold(Submit(), steps);

    private static AlgoRow RunAndFold(SubmitAlgo submit, params Func<AlgoState, (AlgoCommand Command, DateTime At)>[] steps)
    {
        var (state, journal) = Run(AlgoState.Empty(Id), [], submit, Start.AddSeconds(-1));
        var rows = ReadModelRows.None;
        var folded = 0;
        foreach (var step in steps)
        {
            var (command, at) = step(state);
            (state, journal) = Run(state, journal, command, at);
            var batch = Tagged(journal).Skip(folded).ToList();
            folded += batch.Count;
            var changes = ReadModelFold.Apply(rows, batch);
            rows = rows with { Algos = rows.Algos.ToImmutableDictionary().SetItems(changes.Algos.ToDictionary(a => a.AlgoId)) };
            Assert.Equal(Figures(state), Figures(rows.Algos[Id]));
        }
        Assert.Equal((5, state.SubmittedAt!.Value, 1000m, 100m), (rows.Algos[Id].SlicesPlanned, rows.Algos[Id].SubmittedAt, rows.Algos[Id].Quantity, rows.Algos[Id].ArrivalPrice));
        return rows.Algos[Id];
    }

    [Fact]
    public void A_routed_parents_row_keeps_working_through_a_refusal_it_reroutes_and_pauses_when_every_venue_refused()
    {
        var routed = Submit() with
        {
            Spec = Submit().Spec with { Parameters = Submit().Spec.Parameters.Add("venues", "SIM,SIM2") }, Catalog = Algos.RoutedParentTests.Catalog,
        };
        var row = RunAndFold(routed,
            s => (At(s, Start.AddSeconds(1)) with { Books = Algos.RoutedParentTests.Books() }, Start.AddSeconds(1)),
            _ => (new RecordChildRefusal(Id, 1, "halted") { Books = Algos.RoutedParentTests.Books() }, Start.AddSeconds(2)),
            _ => (new RecordChildProgress(Id, 2, 100m, 100m, 0.1m, true), Start.AddSeconds(3)),
            _ => (new RecordChildRefusal(Id, 2, "halted") { Books = Algos.RoutedParentTests.Books() }, Start.AddSeconds(4)),
            _ => (new ResumeAlgo(Id), Start.AddSeconds(5)));

        Assert.Equal(["SIM2", "SIM"], row.Children.Select(c => c.Venue));
        Assert.Equal((ParentStatus.Working, 100m), (row.Status, row.Filled));
    }

    [Fact]
    public void A_row_follows_progress_pause_a_refused_child_resume_and_cancel_as_the_parent_does()
    {
        var row = RunAndFold(
            s => (At(s, Start.AddSeconds(1)), Start.AddSeconds(1)),
            _ => (new RecordChildProgress(Id, 1, 150m, 100.5m, 0.15m, true), Start.AddSeconds(2)),
            _ => (new PauseAlgo(Id, "desk review"), Start.AddSeconds(3)),
            _ => (new ResumeAlgo(Id), Start.AddSeconds(4)),
            _ => (new RecordChildProgress(Id, 1, 200m, 100.6m, 0.2m, false), Start.AddSeconds(5)),
            s => (At(s, Start.AddSeconds(901)), Start.AddSeconds(901)),
            _ => (new RecordChildRefusal(Id, 2, "insufficient-buying-power"), Start.AddSeconds(902)),
            _ => (new ResumeAlgo(Id), Start.AddSeconds(903)),
            s => (At(s, Start.AddSeconds(904)), Start.AddSeconds(904)),
            _ => (new RecordChildProgress(Id, 3, 200m, 99m, 0.2m, false), Start.AddSeconds(905)),
            _ => (new CancelAlgo(Id, "client asked"), Start.AddSeconds(906)));

        Assert.Equal((ParentStatus.Cancelled, 400m, 3), (row.Status, row.Filled, row.SlicesPlaced));
        Assert.Equal([false, false, false], row.Children.Select(c => c.Open));
    }

    [Fact]
    public void A_row_completes_when_its_children_fill_the_quantity_and_expires_when_the_window_closes_short()
    {
        var steps = new List<Func<AlgoState, (AlgoCommand, DateTime)>>();
        foreach (var second in new[] { 1, 901, 1801, 2701, 3601 })
        {
            steps.Add(s => (At(s, Start.AddSeconds(second)), Start.AddSeconds(second)));
            steps.Add(s => (new RecordChildProgress(Id, s.Parent!.Children.Count, 200m, 100m + second / 1000m, 0.1m, false), Start.AddSeconds(second + 1)));
        }
        Assert.Equal(ParentStatus.Completed, RunAndFold([.. steps]).Status);

        var expired = RunAndFold(
            s => (At(s, Start.AddSeconds(1)), Start.AddSeconds(1)),
            _ => (new RecordChildProgress(Id, 1, 50m, 101m, 0.05m, true), Start.AddSeconds(2)),
            s => (At(s, Start.AddMinutes(60) + Grace + Grace), Start.AddMinutes(60) + Grace + Grace));
        Assert.Equal((ParentStatus.Expired, 50m, 100m), (expired.Status, expired.Filled, expired.SlippageBps));
    }

    [Fact]
    public void A_redelivered_event_changes_nothing_and_events_of_a_parent_whose_submission_was_not_seen_are_skipped()
    {
        var (state, journal) = Run(AlgoState.Empty(Id), [], Submit(), Start.AddSeconds(-1));
        (state, journal) = Run(state, journal, At(state, Start.AddSeconds(1)), Start.AddSeconds(1));
        (_, journal) = Run(state, journal, new RecordChildProgress(Id, 1, 100m, 100m, 0.1m, true), Start.AddSeconds(2));
        var events = Tagged(journal);
        var first = ReadModelFold.Apply(ReadModelRows.None, events);
        var stored = ReadModelRows.None with { Algos = first.Algos.ToDictionary(a => a.AlgoId) };

        var again = ReadModelFold.Apply(stored, events);
        var orphan = ReadModelFold.Apply(ReadModelRows.None, events.Skip(1).ToList());

        Assert.Equal((3, 0), (first.Applied, first.Skipped));
        Assert.Equal((0, 3, 0), (again.Applied, again.Skipped, again.Algos.Count));
        Assert.Equal((0, 2), (orphan.Applied, orphan.Skipped));
        Assert.Equal(100m, stored.Algos[Id].Filled);
    }

    [Fact]
    public void The_bars_a_parent_observes_and_the_withdrawals_it_starts_are_not_tagged_for_the_read_side()
    {
        var bar = new MarketBarObserved("e", Start, Start, Id, AlgoClock.Observe(Parse("twap", 10m, Start, Start.AddHours(1)), Start, Tick, Grace, 100m));

        Assert.Null(ReadModelTags.For(bar));
        Assert.Null(ReadModelTags.For(new ChildrenWithdrawing("e", Start, Start, Id, [1])));
        Assert.Equal(ReadModelTags.Projected, ReadModelTags.For(new AlgoPaused("e", Start, Start, Id, "why")));
    }
}
