using System.Collections.Frozen;
using Hive.Actors.Protocol;
using Hive.Actors.ReadModel;
using Hive.Core.Algos.Instances;
using Hive.Core.OrderFlow;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Risk;
using Hive.Core.Security;
using Hive.Core.Strategies.Instances;

namespace Hive.Actors.Serialization;

/// <summary>
/// The stable name of every type Hive's serializer writes. A manifest is stored in the journal next to
/// each event, so it must never change once released: rename a type freely, never its manifest. A new
/// version of an event gets a new manifest (e.g. <c>acct.deposited.v2</c>) and the old one stays readable.
/// (The <c>.v1</c> names of the first release's minimal account and order model are retired with it, and so are the
/// <c>.v2</c> order-flow events of the first cluster release — hold confirmed, report consumed, fill booked, release
/// confirmed at the order; the venue's journaled inputs — which the lean order path no longer writes.)
/// </summary>
public static class WireManifests
{
    private static readonly (Type Type, string Manifest)[] Table =
    [
        // account: commands, events, state
        (typeof(OpenAccount), "acct.open.v2"),
        (typeof(DepositFunds), "acct.deposit.v2"),
        (typeof(ReserveBuyingPower), "acct.reserve.v2"),
        (typeof(BookExecution), "acct.book.v3"),
        (typeof(ReleaseReservation), "acct.release.v2"),
        (typeof(GetAccount), "acct.get.v2"),
        (typeof(GetAccountView), "acct.get-view.v1"),
        (typeof(AccountOpened), "acct.opened.v2"),
        (typeof(FundsDeposited), "acct.deposited.v2"),
        (typeof(BuyingPowerReserved), "acct.reserved.v2"),
        (typeof(ExecutionBooked), "acct.booked.v2"),
        (typeof(ReservationReleased), "acct.released.v2"),
        (typeof(AccountState), "acct.state.v3"),
        (typeof(SetRiskLimits), "acct.set-limits.v1"),
        (typeof(RiskLimitsSet), "acct.limits-set.v1"),
        (typeof(SetTradingState), "acct.set-trading.v1"),
        (typeof(TradingStateChanged), "acct.trading-changed.v1"),
        (typeof(SetSelfTradePrevention), "acct.set-stp.v1"),
        (typeof(SelfTradePreventionSet), "acct.stp-set.v1"),
        // kill switches
        (typeof(EngageKillSwitch), "kill.engage.v1"),
        (typeof(ReleaseKillSwitch), "kill.release.v1"),
        (typeof(GetKillSwitches), "kill.get.v1"),
        (typeof(KillSwitchEngaged), "kill.engaged.v1"),
        (typeof(KillSwitchReleased), "kill.released.v1"),
        (typeof(KillSwitch), "kill.switch.v1"),
        (typeof(KillSwitchState), "kill.state.v1"),
        // users and their keys
        (typeof(AddUser), "user.add.v1"),
        (typeof(RevokeUser), "user.revoke.v1"),
        (typeof(RotateUserKey), "user.rotate.v1"),
        (typeof(GetUserDirectory), "user.get.v1"),
        (typeof(UserAdded), "user.added.v1"),
        (typeof(UserRevoked), "user.revoked.v1"),
        (typeof(UserKeyRotated), "user.key-rotated.v1"),
        (typeof(ApiUser), "user.user.v1"),
        (typeof(StoredKey), "user.key.v1"),
        (typeof(UserDirectoryState), "user.directory.v1"),
        // order: flow commands and replies from the account and venue
        (typeof(PlaceOrder), "ord.place.v2"),
        (typeof(RequestCancel), "ord.cancel.v2"),
        (typeof(RequestReplace), "ord.replace.v2"),
        (typeof(ReservationRefused), "ord.reserve-refused.v2"),
        (typeof(FillBooked), "ord.fill-booked.v3"),
        (typeof(ReleaseConfirmed), "ord.release-ok.v2"),
        (typeof(VenueReports), "ord.venue-reports.v2"),
        (typeof(GetOrder), "ord.get.v2"),
        (typeof(RouteAgain), "ord.route-again.v1"),
        (typeof(GetOrderOwed), "ord.get-owed.v1"),
        (typeof(OrderOwed), "ord.owed.v1"),
        // order: events and state
        (typeof(OrderSubmitted), "ord.submitted.v2"),
        (typeof(OrderAccepted), "ord.accepted.v2"),
        (typeof(OrderRejected), "ord.rejected.v2"),
        (typeof(OrderDenied), "ord.denied.v1"),
        (typeof(OrderTriggered), "ord.triggered.v2"),
        (typeof(OrderCancelPending), "ord.cancel-pending.v2"),
        (typeof(OrderCancelled), "ord.cancelled.v2"),
        (typeof(OrderCancelRejected), "ord.cancel-rejected.v2"),
        (typeof(OrderReplacePending), "ord.replace-pending.v2"),
        (typeof(OrderReplaced), "ord.replaced.v2"),
        (typeof(OrderReplaceRejected), "ord.replace-rejected.v2"),
        (typeof(OrderFilled), "ord.filled.v2"),
        (typeof(OrderExpired), "ord.expired.v2"),
        (typeof(OrderDecremented), "ord.decremented.v1"),
        (typeof(OrderFlowState), "ord.state.v3"),
        (typeof(OrderGroupState), "ord.group.v1"),
        // instrument: venue commands, events, status, market data
        (typeof(RouteOrder), "inst.route.v3"),
        (typeof(RouteCancel), "inst.route-cancel.v2"),
        (typeof(RouteReplace), "inst.route-replace.v2"),
        (typeof(ApplyBar), "inst.bar.v2"),
        (typeof(GetVenue), "inst.get.v2"),
        (typeof(VenueStatus), "inst.status.v3"),
        (typeof(VenueSnapshot), "inst.snapshot.v1"),
        (typeof(BarPublished), "md.bar.v2"),
        // strategy
        (typeof(StartStrategy), "strat.start.v1"),
        (typeof(StopStrategy), "strat.stop.v1"),
        (typeof(IssueOrder), "strat.issue.v1"),
        (typeof(GetStrategy), "strat.get.v1"),
        (typeof(GetStrategyProgress), "strat.get-progress.v1"),
        (typeof(StrategyProgress), "strat.progress.v1"),
        (typeof(OrderUpdate), "strat.order-update.v2"),
        (typeof(StrategyStarted), "strat.started.v1"),
        (typeof(StrategyStopped), "strat.stopped.v1"),
        (typeof(StrategyOrderIssued), "strat.order-issued.v1"),
        (typeof(CloseOrders), "strat.close-orders.v1"),
        (typeof(StrategyOrdersClosed), "strat.orders-closed.v1"),
        (typeof(IssueAlgo), "strat.issue-algo.v1"),
        (typeof(StrategyAlgoIssued), "strat.algo-issued.v1"),
        (typeof(CloseAlgo), "strat.close-algo.v1"),
        (typeof(StrategyAlgoClosed), "strat.algo-closed.v1"),
        (typeof(StrategyState), "strat.state.v4"),
        // algo: parent orders worked by execution algorithms
        (typeof(SubmitAlgo), "algo.submit.v1"),
        (typeof(PauseAlgo), "algo.pause.v1"),
        (typeof(ResumeAlgo), "algo.resume.v1"),
        (typeof(CancelAlgo), "algo.cancel.v1"),
        (typeof(AdvanceAlgo), "algo.advance.v1"),
        (typeof(ObserveAlgoBar), "algo.observe-bar.v1"),
        (typeof(RecordChildProgress), "algo.child-progress.v1"),
        (typeof(RecordChildRefusal), "algo.child-refusal.v1"),
        (typeof(GetAlgo), "algo.get.v1"),
        (typeof(AlgoSubmitted), "algo.submitted.v1"),
        (typeof(ChildIssued), "algo.child-issued.v1"),
        (typeof(ChildrenWithdrawing), "algo.children-withdrawing.v1"),
        (typeof(ChildProgressed), "algo.child-progressed.v1"),
        (typeof(ChildRefused), "algo.child-refused.v1"),
        (typeof(AlgoPaused), "algo.paused.v1"),
        (typeof(AlgoResumed), "algo.resumed.v1"),
        (typeof(AlgoCancelled), "algo.cancelled.v1"),
        (typeof(AlgoWindowClosed), "algo.window-closed.v1"),
        (typeof(MarketBarObserved), "algo.bar-observed.v1"),
        (typeof(AlgoState), "algo.state.v1"),
        // read side
        (typeof(RebuildReadModel), "read.rebuild.v1"),
        (typeof(ReadModelRebuilt), "read.rebuilt.v1"),
        (typeof(ReadModelChanged), "read.changed.v1"),
        // replies
        (typeof(CommandAccepted), "reply.accepted.v1"),
        (typeof(CommandRejected), "reply.rejected.v1"),
    ];

    public static readonly FrozenDictionary<Type, string> ByType = Table.ToFrozenDictionary(e => e.Type, e => e.Manifest);

    public static readonly FrozenDictionary<string, Type> ByManifest = Table.ToFrozenDictionary(e => e.Manifest, e => e.Type);

    public static IReadOnlyCollection<Type> Types => ByType.Keys;
}
