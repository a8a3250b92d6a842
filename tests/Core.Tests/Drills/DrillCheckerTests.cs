using Hive.Core.Drills;
using Xunit;

namespace Hive.Core.Tests.Drills;

/// <summary>The drill's checker on hand-made histories: a clean one passes, and each kind of loss or duplication is caught.</summary>
public sealed class DrillCheckerTests
{
    private static readonly DateTime T0 = new(2026, 1, 5, 12, 0, 0, DateTimeKind.Utc);
    private static long _seq;

    private static DrillOperation Deposit(string account, string transfer, decimal amount, DrillOutcome outcome) =>
        new(++_seq, DrillOperationKind.Deposit, account, transfer, T0, T0.AddMilliseconds(5), outcome, Amount: amount, Currency: "USD");

    private static DrillOperation Submit(string account, string order, DrillOutcome outcome, decimal quantity = 2) =>
        new(++_seq, DrillOperationKind.Submit, account, order, T0, T0.AddMilliseconds(5), outcome, Instrument: "SIM:SPX", Side: "buy", Quantity: quantity);

    private static DrillOperation Cancel(string account, string order, DrillOutcome outcome) =>
        new(++_seq, DrillOperationKind.Cancel, account, order, T0, T0.AddMilliseconds(5), outcome);

    private static ObservedFill Fill(string trade, string order, decimal quantity, decimal price, decimal fee = 0.5m) =>
        new(trade, order, "a", "SIM:SPX", "buy", quantity, price, "USD", fee, "USD");

    /// <summary>Account "a": 1,000 deposited, order o1 filled 2 @ 100 (fee 0.5), o2 cancelled, o3 refused.</summary>
    private static (List<DrillOperation> History, DrillObservation Final) Clean()
    {
        var history = new List<DrillOperation>
        {
            Deposit("a", "t1", 1000m, DrillOutcome.Ok),
            Submit("a", "o1", DrillOutcome.Ok),
            Submit("a", "o2", DrillOutcome.Ok),
            Cancel("a", "o2", DrillOutcome.Ok),
            Submit("a", "o3", DrillOutcome.Fail),
        };
        var final = new DrillObservation(
            [new ObservedOrder("o1", "a", "Filled", 2, 2), new ObservedOrder("o2", "a", "Cancelled", 2, 0)],
            [Fill("x1", "o1", 2, 100m)],
            [Account(cash: 1000m - 200m - 0.5m, deposits: 1000m, position: 2)],
            [new ObservedOrphan("account", "a", true)],
            []);
        return (history, final);
    }

    private static ObservedAccount Account(decimal cash, decimal deposits, decimal position) =>
        new("a", new Dictionary<string, decimal> { ["USD"] = cash }, new Dictionary<string, decimal> { ["USD"] = deposits },
            position == 0 ? new Dictionary<string, decimal>() : new Dictionary<string, decimal> { ["SIM:SPX"] = position });

    private static IReadOnlyList<string> Codes(DrillVerdict v) => v.Violations.Select(x => x.Code).ToList();

    [Fact]
    public void A_consistent_history_passes_and_counts_each_key_once()
    {
        var (history, final) = Clean();
        var verdict = DrillChecker.Check(history, final);
        Assert.True(verdict.Ok, string.Join("; ", verdict.Violations.Select(v => v.Message)));
        Assert.Equal((4, 1, 0, 0, 0), (verdict.Acknowledged, verdict.Refused, verdict.Unknown, verdict.Lost, verdict.Duplicated));
    }

    [Fact]
    public void A_write_a_downed_node_acknowledged_after_its_downing_is_caught_and_one_it_refused_is_not()
    {
        var (history, final) = Clean();
        var downedAt = T0.AddSeconds(-1);
        history.Add(Deposit("a", "t9", 5m, DrillOutcome.Ok) with { Node = "node2" });
        history.Add(Deposit("a", "t10", 7m, DrillOutcome.Fail) with { Node = "node2" });
        history.Add(Deposit("a", "t11", 3m, DrillOutcome.Ok) with { Node = "node1" });
        final = final with { Accounts = [Account(cash: 1000m - 200m - 0.5m + 8m, deposits: 1008m, position: 2)] };
        Assert.True(DrillChecker.Check(history, final).Ok, "no downing, nothing to catch");

        var verdict = DrillChecker.Check(history, final with { Downings = [new ObservedDowning("node2", downedAt)] });
        Assert.Equal(["write-after-down"], Codes(verdict));
        Assert.Contains("t9", verdict.Violations[0].Message);
        Assert.True(DrillChecker.Check(history, final with { Downings = [new ObservedDowning("node2", T0.AddSeconds(1))] }).Ok,
            "a write acknowledged before the downing is allowed");
    }

    [Fact]
    public void An_acknowledged_order_that_is_missing_is_a_lost_write()
    {
        var (history, final) = Clean();
        history.Add(Submit("a", "o4", DrillOutcome.Ok));
        var verdict = DrillChecker.Check(history, final);
        Assert.Equal(["lost-order"], Codes(verdict));
        Assert.Equal(1, verdict.Lost);
        Assert.Contains("o4", verdict.Violations[0].Message);
    }

    [Fact]
    public void A_fill_booked_twice_is_caught_as_a_duplicated_trade_and_in_the_cash()
    {
        var (history, final) = Clean();
        final = final with { Fills = [.. final.Fills, Fill("x1", "o1", 2, 100m)] };
        var verdict = DrillChecker.Check(history, final);
        Assert.Contains("duplicated-trade", Codes(verdict));
        Assert.Contains("fill-mismatch", Codes(verdict));
        Assert.Contains("cash-mismatch", Codes(verdict));
        Assert.True(verdict.Duplicated >= 1);
    }

    [Fact]
    public void An_unknown_deposit_may_be_applied_once_but_not_twice()
    {
        var (history, final) = Clean();
        history.Add(Deposit("a", "t2", 7m, DrillOutcome.Info));
        history.Add(Deposit("a", "t2", 7m, DrillOutcome.Info)); // the client retried the same transfer after a timeout

        var notApplied = DrillChecker.Check(history, final);
        Assert.True(notApplied.Ok);
        Assert.Equal(1, notApplied.Unknown);

        var appliedOnce = final with { Accounts = [Account(cash: 1000m + 7m - 200.5m, deposits: 1007m, position: 2)] };
        Assert.True(DrillChecker.Check(history, appliedOnce).Ok);

        var appliedTwice = final with { Accounts = [Account(cash: 1000m + 14m - 200.5m, deposits: 1014m, position: 2)] };
        var verdict = DrillChecker.Check(history, appliedTwice);
        Assert.Equal(["deposit-unexplained"], Codes(verdict));
        Assert.Equal(1, verdict.Duplicated);
    }

    [Fact]
    public void An_acknowledged_deposit_that_is_missing_is_lost()
    {
        var (history, final) = Clean();
        history.Add(Deposit("a", "t3", 50m, DrillOutcome.Ok));
        var verdict = DrillChecker.Check(history, final);
        Assert.Equal(["lost-deposit"], Codes(verdict));
        Assert.Equal(1, verdict.Lost);
    }

    [Fact]
    public void A_refused_order_that_exists_an_order_no_one_sent_and_a_twice_held_order_are_caught()
    {
        var (history, final) = Clean();
        final = final with
        {
            Orders = [.. final.Orders, new ObservedOrder("o3", "a", "Rejected", 2, 0), new ObservedOrder("ghost", "a", "Rejected", 1, 0),
                new ObservedOrder("o2", "a", "Cancelled", 2, 0)],
        };
        var codes = Codes(DrillChecker.Check(history, final));
        Assert.Contains("refused-order-exists", codes);
        Assert.Contains("unknown-order", codes);
        Assert.Contains("duplicated-order", codes);
    }

    [Fact]
    public void Cash_or_positions_that_do_not_follow_from_the_fills_are_caught()
    {
        var (history, final) = Clean();
        Assert.Equal(["cash-mismatch"], Codes(DrillChecker.Check(history, final with { Accounts = [Account(799m, 1000m, 2)] })));
        Assert.Equal(["position-mismatch"], Codes(DrillChecker.Check(history, final with { Accounts = [Account(799.5m, 1000m, 3)] })));
    }

    [Fact]
    public void An_acknowledged_cancel_leaves_its_order_final_and_an_order_left_new_has_not_settled()
    {
        var (history, final) = Clean();
        var working = final with { Orders = [final.Orders[0], new ObservedOrder("o2", "a", "Accepted", 2, 0)] };
        Assert.Equal(["cancel-not-applied"], Codes(DrillChecker.Check(history, working)));

        var stuck = final with { Orders = [final.Orders[0], new ObservedOrder("o2", "a", "New", 2, 0)] };
        Assert.Contains("order-not-settled", Codes(DrillChecker.Check(history, stuck)));
    }

    [Fact]
    public void Journal_duplicates_and_entities_that_do_not_serve_again_are_caught()
    {
        var (history, final) = Clean();
        var verdict = DrillChecker.Check(history, final with
        {
            JournalDuplicates = [new JournalDuplicate("account-a", 7, 2)],
            Orphans = [new ObservedOrphan("account", "a", false)],
        });
        Assert.Equal(["journal-duplicate", "entity-not-serving"], Codes(verdict));
        Assert.Equal(1, verdict.Duplicated);
    }
}
