using Hive.Core.Algos;
using static Hive.Core.Tests.Algos.AlgoFixtures;

namespace Hive.Core.Tests.Algos;

public sealed class ParentOrderTests
{
    private static ParentOrder Twap(decimal quantity = 1000m, int slices = 5, params (string, string)[] extra) =>
        ExecutionPlanner.Plan("algo-1", Parse("twap", quantity, Start, Start.AddMinutes(60), [("slices", slices.ToString()), .. extra]), Stock, 100m, [], Minute);

    [Fact]
    public void A_twap_sends_each_slice_once_at_the_close_of_the_bar_before_its_time()
    {
        var (parent, sent) = DriveFilling(Twap(), Start.AddMinutes(-1), Start.AddMinutes(61));

        Assert.Equal([1, 2, 3, 4, 5], sent.Select(s => s.Number));
        Assert.All(sent, s => Assert.Equal(200m, s.Quantity));
        Assert.All(sent, s => Assert.Null(s.LimitPrice));
        // Sent at the close of the bar before each slice's time, so each meets the bar that opens at it.
        Assert.Equal([0, 15, 30, 45, 60], parent.Children.Select(c => (c.Time - Start).TotalMinutes));
        Assert.Equal((ParentStatus.Completed, 1000m, 100m), (parent.Status, parent.Filled, parent.AveragePrice));
        Assert.Equal("algo-1-3", parent.ChildId(3));
    }

    [Fact]
    public void A_refused_child_pauses_the_parent_with_the_reason_and_resume_catches_up()
    {
        var parent = Twap().Observe(Bar(Start.AddMinutes(-1), 100m));
        (parent, var first) = parent.Decide();
        parent = parent.OnChildRefused(((SendChild)first[0]).Number, "insufficient-buying-power: needs 20000 USD");

        Assert.Equal(ParentStatus.Paused, parent.Status);
        Assert.Equal("child algo-1-1 refused: insufficient-buying-power: needs 20000 USD", parent.PauseReason);
        for (var m = 0; m < 20; m++)
        {
            parent = parent.Observe(Bar(Start.AddMinutes(m), 100m));
            (parent, var nothing) = parent.Decide();
            Assert.Empty(nothing);
        }

        (parent, var resumed) = parent.Resume().Decide();

        // Two slices are due by 20 minutes (the refused one and the one at 15): both go out as one child.
        Assert.Equal([new SendChild(2, 400m, null)], resumed);
        Assert.Equal((ParentStatus.Working, (string?)null), (parent.Status, parent.PauseReason));
    }

    [Fact]
    public void Working_children_count_against_the_quantity_so_the_parent_never_over_fills()
    {
        var random = new Random(7);
        var parent = Twap(1000m, 20);
        for (var open = Start.AddMinutes(-1); open <= Start.AddMinutes(62); open += Minute)
        {
            parent = parent.Observe(Bar(open, 100m));
            (parent, var actions) = parent.Decide();
            // Children fill at random, in pieces, some never.
            foreach (var child in parent.Children.Where(c => c.Open))
            {
                var more = Math.Min(child.Quantity - child.Filled, random.Next(0, 3) * 20m);
                parent = parent.OnChildProgress(child.Number, child.Filled + more, 100m, 0m, open: child.Filled + more < child.Quantity && random.Next(4) > 0);
            }
            Assert.True(parent.Committed <= 1000m, $"committed {parent.Committed} at {open:t}");
            Assert.True(parent.Filled <= 1000m);
        }
    }

    [Fact]
    public void A_repeated_or_stale_report_changes_nothing()
    {
        var parent = Twap().Observe(Bar(Start.AddMinutes(-1), 100m));
        (parent, _) = parent.Decide();
        parent = parent.OnChildProgress(1, 150m, 100m, 0.15m, open: true);

        Assert.Equal(parent.Children, parent.OnChildProgress(1, 150m, 100m, 0.15m, open: true).Children);
        Assert.Same(parent, parent.OnChildProgress(1, 100m, 100m, 0.1m, open: true));
        Assert.Same(parent, parent.OnChildProgress(1, 201m, 100m, 0.2m, open: false));
        Assert.Same(parent, parent.OnChildProgress(9, 10m, 100m, 0m, open: false));
        Assert.Equal((150m, 0.15m), (parent.Filled, parent.Fees));
    }

    [Fact]
    public void An_iceberg_shows_one_display_at_a_time_and_refills_when_it_fills()
    {
        var parent = ExecutionPlanner.Plan("ice", Parse("iceberg", 250m, Start, Start.AddMinutes(60), ("display", "100")), Stock, 100m, [], Minute);
        parent = parent.Observe(Bar(Start.AddMinutes(-1), 100m));
        (parent, var first) = parent.Decide();
        parent = parent.OnChildProgress(1, 60m, 100m, 0m, open: true).Observe(Bar(Start, 100m));
        (parent, var whileWorking) = parent.Decide();

        Assert.Equal([new SendChild(1, 100m, null)], first);
        Assert.Empty(whileWorking);

        var (done, sent) = DriveFilling(parent.OnChildProgress(1, 100m, 100m, 0m, open: false), Start.AddMinutes(1), Start.AddMinutes(10));
        Assert.Equal([100m, 50m], sent.Select(s => s.Quantity));
        Assert.Equal((ParentStatus.Completed, 250m), (done.Status, done.Filled));
    }

    [Fact]
    public void A_limit_bound_holds_children_back_while_the_price_is_beyond_it_and_caps_their_price()
    {
        var parent = ExecutionPlanner.Plan("b", Parse("twap", 1000m, Start, Start.AddMinutes(60), ("slices", "5"), ("limit", "101")), Stock, 100m, [], Minute);
        parent = parent.Observe(Bar(Start.AddMinutes(-1), 102m));
        (parent, var above) = parent.Decide();
        parent = parent.Observe(Bar(Start, 100.5m));
        (_, var below) = parent.Decide();

        Assert.Empty(above);
        Assert.Equal([new SendChild(1, 200m, 101m)], below);
    }

    [Fact]
    public void Limit_placement_rests_at_the_last_price_and_re_prices_after_the_set_bars()
    {
        var parent = ExecutionPlanner.Plan("lp", Parse("twap", 100m, Start, Start.AddMinutes(60), ("slices", "1"), ("placement", "limit"), ("reprice-bars", "2")),
            Stock, 100m, [], Minute);
        parent = parent.Observe(Bar(Start.AddMinutes(-1), 100m));
        (parent, var sent) = parent.Decide();
        parent = parent.Observe(Bar(Start, 100.2m));
        (parent, var resting) = parent.Decide();
        parent = parent.OnChildProgress(1, 30m, 100m, 0m, open: true).Observe(Bar(Start.AddMinutes(1), 100.4m));
        (parent, var withdraw) = parent.Decide();
        (parent, var again) = parent.OnChildProgress(1, 30m, 100m, 0m, open: false).Decide();

        Assert.Equal([new SendChild(1, 100m, 100m)], sent);
        Assert.Empty(resting);
        Assert.Equal([new CancelChild(1)], withdraw);
        Assert.Equal([new SendChild(2, 70m, 100.4m)], again);
    }

    [Fact]
    public void At_the_end_of_the_window_working_children_are_withdrawn_and_the_parent_expires()
    {
        var parent = Twap().Observe(Bar(Start.AddMinutes(-1), 100m));
        (parent, _) = parent.Decide();
        parent = parent.OnChildProgress(1, 50m, 100m, 0m, open: true).Observe(Bar(Start.AddMinutes(60), 100m));

        (parent, var actions) = parent.Decide();

        Assert.Equal([new CancelChild(1)], actions);
        Assert.Equal((ParentStatus.Expired, 50m), (parent.Status, parent.Filled));
    }

    [Fact]
    public void Cancelling_withdraws_the_working_children_and_stops_for_good()
    {
        var parent = Twap().Observe(Bar(Start.AddMinutes(-1), 100m));
        (parent, _) = parent.Decide();

        (parent, var actions) = parent.Cancel();

        Assert.Equal([new CancelChild(1)], actions);
        Assert.Equal(ParentStatus.Cancelled, parent.Status);
        Assert.Empty(parent.Observe(Bar(Start.AddMinutes(15), 100m)).Decide().Actions);
    }

    [Fact]
    public void No_child_exceeds_the_cap_of_the_last_bars_volume_and_small_children_wait_to_grow()
    {
        var parent = ExecutionPlanner.Plan("cap", Parse("twap", 1000m, Start, Start.AddMinutes(60), ("slices", "1"), ("max-child-share", "0.1"), ("min-child", "50")),
            Stock, 100m, [], Minute);
        parent = parent.Observe(Bar(Start.AddMinutes(-1), 100m, volume: 3000m));
        (parent, var capped) = parent.Decide();
        parent = parent.OnChildProgress(1, 300m, 100m, 0m, open: false).Observe(Bar(Start, 100m, volume: 400m));
        (parent, var tooSmall) = parent.Decide();

        Assert.Equal([new SendChild(1, 300m, null)], capped);
        Assert.Empty(tooSmall);
    }
}
