using System.Collections.Frozen;
using Hive.Actors.Protocol;
using Hive.Actors.ReadModel;
using Hive.Core.Entities.Strategies;
using Hive.Core.OrderFlow;
using Hive.Core.Trading;

namespace Hive.Actors.Serialization;

/// <summary>
/// The stable name of every type Hive's serializer writes. A manifest is stored in the journal next to
/// each event, so it must never change once released: rename a type freely, never its manifest. A new
/// version of an event gets a new manifest (e.g. <c>acct.deposited.v2</c>) and the old one stays readable.
/// (The <c>.v1</c> names of the first release's minimal account and order model are retired with it.)
/// </summary>
public static class WireManifests
{
    private static readonly (Type Type, string Manifest)[] Table =
    [
        // account: commands, events, state
        (typeof(OpenAccount), "acct.open.v2"),
        (typeof(DepositFunds), "acct.deposit.v2"),
        (typeof(ReserveBuyingPower), "acct.reserve.v2"),
        (typeof(BookExecution), "acct.book.v2"),
        (typeof(ReleaseReservation), "acct.release.v2"),
        (typeof(GetAccount), "acct.get.v2"),
        (typeof(AccountOpened), "acct.opened.v2"),
        (typeof(FundsDeposited), "acct.deposited.v2"),
        (typeof(BuyingPowerReserved), "acct.reserved.v2"),
        (typeof(ExecutionBooked), "acct.booked.v2"),
        (typeof(ReservationReleased), "acct.released.v2"),
        (typeof(AccountState), "acct.state.v2"),
        // order: flow commands and replies from the account and venue
        (typeof(PlaceOrder), "ord.place.v2"),
        (typeof(RequestCancel), "ord.cancel.v2"),
        (typeof(RequestReplace), "ord.replace.v2"),
        (typeof(ReservationConfirmed), "ord.reserve-ok.v2"),
        (typeof(ReservationRefused), "ord.reserve-refused.v2"),
        (typeof(FillBooked), "ord.fill-booked.v2"),
        (typeof(ReleaseConfirmed), "ord.release-ok.v2"),
        (typeof(VenueReports), "ord.venue-reports.v2"),
        (typeof(GetOrder), "ord.get.v2"),
        (typeof(OrderUpdateAck), "ord.update-ack.v2"),
        // order: events and state
        (typeof(OrderSubmitted), "ord.submitted.v2"),
        (typeof(OrderAccepted), "ord.accepted.v2"),
        (typeof(OrderRejected), "ord.rejected.v2"),
        (typeof(OrderTriggered), "ord.triggered.v2"),
        (typeof(OrderCancelPending), "ord.cancel-pending.v2"),
        (typeof(OrderCancelled), "ord.cancelled.v2"),
        (typeof(OrderCancelRejected), "ord.cancel-rejected.v2"),
        (typeof(OrderReplacePending), "ord.replace-pending.v2"),
        (typeof(OrderReplaced), "ord.replaced.v2"),
        (typeof(OrderReplaceRejected), "ord.replace-rejected.v2"),
        (typeof(OrderFilled), "ord.filled.v2"),
        (typeof(OrderExpired), "ord.expired.v2"),
        (typeof(OrderFlowStarted), "ord.flow-started.v2"),
        (typeof(OrderReservationConfirmed), "ord.reserve-confirmed.v2"),
        (typeof(OrderFillBooked), "ord.fill-confirmed.v2"),
        (typeof(OrderReleaseConfirmed), "ord.release-confirmed.v2"),
        (typeof(VenueReportConsumed), "ord.report-consumed.v2"),
        (typeof(OrderFlowState), "ord.state.v2"),
        // instrument: venue commands, events, status, market data
        (typeof(RouteOrder), "inst.route.v2"),
        (typeof(RouteCancel), "inst.route-cancel.v2"),
        (typeof(RouteReplace), "inst.route-replace.v2"),
        (typeof(ApplyBar), "inst.bar.v2"),
        (typeof(GetVenue), "inst.get.v2"),
        (typeof(VenueStatus), "inst.status.v2"),
        (typeof(VenueOrderRouted), "inst.routed.v2"),
        (typeof(VenueCancelRouted), "inst.cancel-routed.v2"),
        (typeof(VenueReplaceRouted), "inst.replace-routed.v2"),
        (typeof(VenueBarApplied), "inst.bar-applied.v2"),
        (typeof(BarPublished), "md.bar.v1"),
        // strategy
        (typeof(StartStrategy), "strat.start.v1"),
        (typeof(StopStrategy), "strat.stop.v1"),
        (typeof(IssueOrder), "strat.issue.v1"),
        (typeof(GetStrategy), "strat.get.v1"),
        (typeof(GetStrategyProgress), "strat.get-progress.v1"),
        (typeof(StrategyProgress), "strat.progress.v1"),
        (typeof(OrderUpdate), "strat.order-update.v1"),
        (typeof(StrategyStarted), "strat.started.v1"),
        (typeof(StrategyStopped), "strat.stopped.v1"),
        (typeof(StrategyOrderIssued), "strat.order-issued.v1"),
        (typeof(StrategyState), "strat.state.v2"),
        // read side
        (typeof(RebuildReadModel), "read.rebuild.v1"),
        (typeof(ReadModelRebuilt), "read.rebuilt.v1"),
        // replies
        (typeof(CommandAccepted), "reply.accepted.v1"),
        (typeof(CommandRejected), "reply.rejected.v1"),
    ];

    public static readonly FrozenDictionary<Type, string> ByType = Table.ToFrozenDictionary(e => e.Type, e => e.Manifest);

    public static readonly FrozenDictionary<string, Type> ByManifest = Table.ToFrozenDictionary(e => e.Manifest, e => e.Type);

    public static IReadOnlyCollection<Type> Types => ByType.Keys;
}
