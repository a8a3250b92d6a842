using System.Collections.Frozen;
using Hive.Actors.Protocol;
using Hive.Core.Entities.Accounts;
using Hive.Core.Entities.Instruments;
using Hive.Core.Entities.Orders;
using Hive.Core.Entities.Strategies;

namespace Hive.Actors.Serialization;

/// <summary>
/// The stable name of every type Hive's serializer writes. A manifest is stored in the journal next to
/// each event, so it must never change once released: rename a type freely, never its manifest. A new
/// version of an event gets a new manifest (e.g. <c>acct.credited.v2</c>) and the old one stays readable.
/// </summary>
public static class WireManifests
{
    private static readonly (Type Type, string Manifest)[] Table =
    [
        // account
        (typeof(CreditCash), "acct.credit.v1"),
        (typeof(DebitCash), "acct.debit.v1"),
        (typeof(ReserveFunds), "acct.reserve.v1"),
        (typeof(ReleaseFunds), "acct.release.v1"),
        (typeof(GetAccount), "acct.get.v1"),
        (typeof(CashCredited), "acct.credited.v1"),
        (typeof(CashDebited), "acct.debited.v1"),
        (typeof(FundsReserved), "acct.reserved.v1"),
        (typeof(FundsReleased), "acct.released.v1"),
        (typeof(AccountState), "acct.state.v1"),
        // order
        (typeof(CreateOrder), "ord.create.v1"),
        (typeof(CancelOrder), "ord.cancel.v1"),
        (typeof(GetOrder), "ord.get.v1"),
        (typeof(OrderCreated), "ord.created.v1"),
        (typeof(OrderCancelled), "ord.cancelled.v1"),
        (typeof(OrderState), "ord.state.v1"),
        // instrument
        (typeof(RecordPrice), "inst.price.v1"),
        (typeof(GetInstrument), "inst.get.v1"),
        (typeof(LastPriceRecorded), "inst.priced.v1"),
        (typeof(InstrumentState), "inst.state.v1"),
        // strategy
        (typeof(StartStrategy), "strat.start.v1"),
        (typeof(StopStrategy), "strat.stop.v1"),
        (typeof(GetStrategy), "strat.get.v1"),
        (typeof(StrategyStarted), "strat.started.v1"),
        (typeof(StrategyStopped), "strat.stopped.v1"),
        (typeof(StrategyState), "strat.state.v1"),
        // replies
        (typeof(CommandAccepted), "reply.accepted.v1"),
        (typeof(CommandRejected), "reply.rejected.v1"),
    ];

    public static readonly FrozenDictionary<Type, string> ByType = Table.ToFrozenDictionary(e => e.Type, e => e.Manifest);

    public static readonly FrozenDictionary<string, Type> ByManifest = Table.ToFrozenDictionary(e => e.Manifest, e => e.Type);

    public static IReadOnlyCollection<Type> Types => ByType.Keys;
}
