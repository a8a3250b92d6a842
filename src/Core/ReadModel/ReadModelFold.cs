using Hive.Core.Algos.Instances;
using Hive.Core.Ids;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Strategies.Instances;

namespace Hive.Core.ReadModel;

/// <summary>
/// The read side's fold, pure: given the stored rows a batch touches and the batch's events (in journal order per
/// tag), the rows after the batch. An event whose sequence number a row has already folded is skipped (a redelivery
/// after a crash counts once); so is an event of an entity whose first event the read side never saw (a journal
/// written before tagging). Event types the read side does not know are counted by name and passed over, so the
/// projection keeps going when the write side adds or retires events.
/// </summary>
public static class ReadModelFold
{
    public static ReadModelKeys Keys(IEnumerable<ProjectedEvent> events)
    {
        var (orders, accounts, strategies, algos) = (new HashSet<ClientOrderId>(), new HashSet<AccountId>(), new HashSet<StrategyId>(), new HashSet<AlgoId>());
        foreach (var e in events)
        {
            switch (e.Event)
            {
                case IOrderEvent o: orders.Add(o.ClientOrderId); break;
                case IAccountEvent a: accounts.Add(a.AccountId); break;
                case StrategyEvent s: strategies.Add(s.StrategyId); break;
                case AlgoEvent p: algos.Add(p.AlgoId); break;
            }
        }
        return new ReadModelKeys(orders, accounts, strategies, algos);
    }

    public static ReadModelChanges Apply(ReadModelRows stored, IReadOnlyList<ProjectedEvent> events)
    {
        var orders = new Dictionary<ClientOrderId, OrderRow>();
        var accounts = new Dictionary<AccountId, AccountRow>();
        var strategies = new Dictionary<StrategyId, StrategyRow>();
        var algos = new Dictionary<AlgoId, AlgoRow>();
        var fills = new List<FillRow>();
        var offsets = new Dictionary<string, long>();
        var newest = new Dictionary<string, DateTime>();
        var unknown = new Dictionary<string, int>();
        int applied = 0, skipped = 0;
        foreach (var e in events)
        {
            offsets[e.Tag] = Math.Max(offsets.GetValueOrDefault(e.Tag), e.Offset);
            if (!newest.TryGetValue(e.Tag, out var at) || e.Timestamp > at) newest[e.Tag] = e.Timestamp;
            bool? done = e.Event switch
            {
                OrderSubmitted or OrderAccepted or OrderRejected or OrderDenied or OrderTriggered or OrderFilled or OrderCancelPending or OrderCancelled
                    or OrderCancelRejected or OrderReplacePending or OrderReplaced or OrderReplaceRejected or OrderExpired or OrderDecremented =>
                    ApplyOrder((IOrderEvent)e.Event, e, stored, orders, fills),
                AccountOpened or FundsDeposited or BuyingPowerReserved or ReservationReleased or ExecutionBooked =>
                    ApplyAccount((IAccountEvent)e.Event, e, stored, accounts),
                StrategyStarted or StrategyStopped or StrategyOrderIssued => ApplyStrategy((StrategyEvent)e.Event, e, stored, strategies),
                AlgoSubmitted or ChildIssued or ChildProgressed or ChildRefused or AlgoPaused or AlgoResumed or AlgoCancelled or AlgoWindowClosed =>
                    ApplyAlgo((AlgoEvent)e.Event, e, stored, algos),
                _ => null,
            };
            switch (done)
            {
                case true: applied++; break;
                case false: skipped++; break;
                default:
                    var name = e.Event.GetType().Name;
                    unknown[name] = unknown.GetValueOrDefault(name) + 1;
                    break;
            }
        }
        return new ReadModelChanges(orders.Values.ToList(), fills, accounts.Values.ToList(), strategies.Values.ToList(), algos.Values.ToList(),
            offsets, newest, unknown, applied, skipped);
    }

    private static bool ApplyOrder(IOrderEvent e, ProjectedEvent at, ReadModelRows stored, Dictionary<ClientOrderId, OrderRow> changed, List<FillRow> fills)
    {
        var row = changed.TryGetValue(e.ClientOrderId, out var c) ? c : stored.Orders.GetValueOrDefault(e.ClientOrderId);
        if (row is null)
        {
            if (e is not OrderSubmitted submitted) return false;
            changed[e.ClientOrderId] = OrderRow.Submitted(submitted, at.Offset, at.SequenceNr);
            return true;
        }
        if (at.SequenceNr <= row.Version) return false;
        changed[e.ClientOrderId] = row.Apply(e, at.SequenceNr);
        if (e is OrderFilled filled) fills.Add(row.FillOf(filled, at.Offset));
        return true;
    }

    private static bool ApplyAccount(IAccountEvent e, ProjectedEvent at, ReadModelRows stored, Dictionary<AccountId, AccountRow> changed)
    {
        var row = changed.TryGetValue(e.AccountId, out var c) ? c : stored.Accounts.GetValueOrDefault(e.AccountId);
        if (row is not null && at.SequenceNr <= row.Version) return false;
        // Balances are the live entity's business; the row only records that (and how) the account was opened.
        if (e is AccountOpened opened && row is null)
            changed[e.AccountId] = new AccountRow(opened.AccountId, opened.Type, opened.Leverage, opened.OccurredAt, at.SequenceNr);
        return row is not null || e is AccountOpened;
    }

    private static bool ApplyStrategy(StrategyEvent e, ProjectedEvent at, ReadModelRows stored, Dictionary<StrategyId, StrategyRow> changed)
    {
        var row = changed.TryGetValue(e.StrategyId, out var c) ? c : stored.Strategies.GetValueOrDefault(e.StrategyId);
        if (row is null)
        {
            if (e is not StrategyStarted started) return false;
            changed[e.StrategyId] = StrategyRow.Started(started, at.SequenceNr);
            return true;
        }
        if (at.SequenceNr <= row.Version) return false;
        changed[e.StrategyId] = row.Apply(e, at.SequenceNr);
        return true;
    }

    private static bool ApplyAlgo(AlgoEvent e, ProjectedEvent at, ReadModelRows stored, Dictionary<AlgoId, AlgoRow> changed)
    {
        var row = changed.TryGetValue(e.AlgoId, out var c) ? c : stored.Algos.GetValueOrDefault(e.AlgoId);
        if (row is null)
        {
            if (e is not AlgoSubmitted submitted) return false;
            changed[e.AlgoId] = AlgoRow.Submitted(submitted, at.Offset, at.SequenceNr);
            return true;
        }
        if (at.SequenceNr <= row.Version) return false;
        changed[e.AlgoId] = row.Apply(e, at.SequenceNr);
        return true;
    }
}
