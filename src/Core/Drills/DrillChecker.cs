namespace Hive.Core.Drills;

/// <summary>
/// Checks a drill's history against the cluster's final state, as Jepsen's checkers do: every acknowledged order exists
/// exactly once and has settled (a final or working state), a refused one does not exist, an unknown one exists at most
/// once; no trade id is booked twice and an order's fills add up to its filled quantity; an acknowledged cancel left its
/// order final; every account's deposits are its acknowledged transfers plus some of its unknown ones (each at most once),
/// and its cash and positions are exactly its deposits and its own fills; the journal holds no (persistence id, sequence
/// number) twice; every entity of the lost node serves again; a downed node acknowledged nothing sent to it after it was
/// downed. Operations are judged per key (transfer id or client order
/// id): a key retried after a timeout is one operation, acknowledged if any attempt was.
/// </summary>
public static class DrillChecker
{
    /// <summary>Statuses an order may rest in once the cluster is quiet: final, or working at the venue.</summary>
    private static readonly HashSet<string> Settled = ["Accepted", "Triggered", "PartiallyFilled", "Filled", "Cancelled", "Rejected", "Denied", "Expired"];

    private static readonly HashSet<string> Final = ["Filled", "Cancelled", "Rejected", "Denied", "Expired"];

    /// <summary>Above this many reachable sums of unknown deposits the check only bounds the residual.</summary>
    private const int MaxSubsetSums = 1 << 16;

    public static DrillVerdict Check(IReadOnlyList<DrillOperation> history, DrillObservation final)
    {
        var violations = new List<DrillViolation>();
        var lost = 0;
        var duplicated = 0;
        void Add(string code, string message, bool isLost = false, bool isDuplicate = false)
        {
            violations.Add(new DrillViolation(code, message));
            if (isLost) lost++;
            if (isDuplicate) duplicated++;
        }

        var keys = history.GroupBy(o => (o.Kind, o.Key)).ToDictionary(g => g.Key, g => KeyOutcome(g));
        var accounts = history.Select(o => o.AccountId).ToHashSet(StringComparer.Ordinal);
        var orders = final.Orders.Where(o => accounts.Contains(o.AccountId)).GroupBy(o => o.OrderId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var fills = final.Fills.Where(f => accounts.Contains(f.AccountId)).ToList();

        CheckOrders(keys, orders, Add);
        CheckFills(fills, orders, Add);
        foreach (var account in accounts.Order(StringComparer.Ordinal))
            CheckAccount(account, history, keys, final.Accounts.FirstOrDefault(a => a.AccountId == account), fills, Add);
        foreach (var d in final.JournalDuplicates)
            Add("journal-duplicate", $"the journal holds {d.PersistenceId} sequence {d.SequenceNr} {d.Count} times", isDuplicate: true);
        foreach (var down in final.Downings ?? [])
            foreach (var op in history.Where(o => o.Node == down.Node && o.Outcome == DrillOutcome.Ok && o.InvokedAt > down.DownedAt))
                Add("write-after-down", $"{op.Kind} {op.Key} of {op.AccountId} was sent to {down.Node} " +
                                        $"{(op.InvokedAt - down.DownedAt).TotalSeconds:0.0} s after the cluster downed it, and it was acknowledged");
        foreach (var orphan in final.Orphans.Where(o => !o.Serves))
            Add("entity-not-serving", $"{orphan.Region} entity {orphan.EntityId} lived on the lost node and does not answer");

        var outcomes = keys.Values.ToList();
        return new DrillVerdict(outcomes.Count(o => o == DrillOutcome.Ok), outcomes.Count(o => o == DrillOutcome.Fail),
            outcomes.Count(o => o == DrillOutcome.Info), lost, duplicated, violations);
    }

    private static DrillOutcome KeyOutcome(IEnumerable<DrillOperation> attempts)
    {
        var seen = attempts.Select(a => a.Outcome).ToHashSet();
        return seen.Contains(DrillOutcome.Ok) ? DrillOutcome.Ok : seen.Contains(DrillOutcome.Info) ? DrillOutcome.Info : DrillOutcome.Fail;
    }

    private static void CheckOrders(Dictionary<(DrillOperationKind, string), DrillOutcome> keys, Dictionary<string, List<ObservedOrder>> orders,
        Action<string, string, bool, bool> add)
    {
        foreach (var ((kind, key), outcome) in keys)
        {
            orders.TryGetValue(key, out var found);
            var count = found?.Count ?? 0;
            if (kind == DrillOperationKind.Submit)
            {
                if (outcome == DrillOutcome.Ok && count == 0) add("lost-order", $"order {key} was acknowledged and does not exist", true, false);
                if (outcome == DrillOutcome.Fail && count > 0) add("refused-order-exists", $"order {key} was refused and exists", false, false);
                if (count > 1) add("duplicated-order", $"order {key} exists {count} times", false, true);
                if (count > 0 && !Settled.Contains(found![0].Status))
                    add("order-not-settled", $"order {key} is still {found[0].Status} after the cluster went quiet", false, false);
            }
            else if (kind == DrillOperationKind.Cancel && outcome == DrillOutcome.Ok && count > 0 && !Final.Contains(found![0].Status))
                add("cancel-not-applied", $"the cancel of order {key} was acknowledged and the order is still {found[0].Status}", false, false);
        }

        foreach (var id in orders.Keys.Where(id => !keys.ContainsKey((DrillOperationKind.Submit, id))).Order(StringComparer.Ordinal))
            add("unknown-order", $"order {id} exists but no client submitted it", false, false);
    }

    private static void CheckFills(List<ObservedFill> fills, Dictionary<string, List<ObservedOrder>> orders, Action<string, string, bool, bool> add)
    {
        foreach (var trade in fills.GroupBy(f => f.TradeId, StringComparer.Ordinal).Where(g => g.Count() > 1))
            add("duplicated-trade", $"trade {trade.Key} is booked {trade.Count()} times", false, true);

        var byOrder = fills.GroupBy(f => f.OrderId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(f => f.Quantity), StringComparer.Ordinal);
        foreach (var (id, filled) in byOrder.Where(kv => !orders.ContainsKey(kv.Key)))
            add("fill-without-order", $"fills of {filled} belong to order {id}, which does not exist", false, false);
        foreach (var order in orders.Values.Select(o => o[0]))
        {
            var booked = byOrder.GetValueOrDefault(order.OrderId);
            if (booked != order.FilledQuantity)
                add("fill-mismatch", $"order {order.OrderId} says {order.FilledQuantity} filled, its fills add up to {booked}", false, false);
            if (order.FilledQuantity > order.Quantity)
                add("over-filled", $"order {order.OrderId} filled {order.FilledQuantity} of {order.Quantity}", false, true);
        }
    }

    private static void CheckAccount(string accountId, IReadOnlyList<DrillOperation> history, Dictionary<(DrillOperationKind, string), DrillOutcome> keys,
        ObservedAccount? account, List<ObservedFill> fills, Action<string, string, bool, bool> add)
    {
        var deposits = history.Where(o => o.Kind == DrillOperationKind.Deposit && o.AccountId == accountId)
            .GroupBy(o => o.Key, StringComparer.Ordinal).Select(g => (Outcome: keys[(DrillOperationKind.Deposit, g.Key)], g.First().Amount!.Value, g.First().Currency!))
            .ToList();
        if (account is null)
        {
            if (deposits.Any(d => d.Outcome == DrillOutcome.Ok)) add("lost-account", $"account {accountId} took acknowledged deposits and does not answer", true, false);
            return;
        }

        foreach (var currency in deposits.Select(d => d.Item3).Concat(account.Deposits.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            var observed = account.Deposits.GetValueOrDefault(currency);
            var residual = observed - deposits.Where(d => d.Item3 == currency && d.Outcome == DrillOutcome.Ok).Sum(d => d.Value);
            var unknown = deposits.Where(d => d.Item3 == currency && d.Outcome == DrillOutcome.Info).Select(d => d.Value).ToList();
            if (residual < 0)
                add("lost-deposit", $"account {accountId} holds {observed} {currency} of deposits, {-residual} less than it acknowledged", true, false);
            else if (!IsSubsetSum(residual, unknown))
                add("deposit-unexplained", $"account {accountId} holds {residual} {currency} of deposits beyond the acknowledged ones, which no set of its unknown transfers (each once) makes", false, true);
        }

        var own = fills.Where(f => f.AccountId == accountId).ToList();
        foreach (var currency in account.Cash.Keys.Concat(account.Deposits.Keys).Concat(own.Select(f => f.Currency)).Distinct().Order(StringComparer.Ordinal))
        {
            var expected = account.Deposits.GetValueOrDefault(currency)
                + own.Where(f => f.Currency == currency).Sum(f => Sign(f.Side) * -f.Quantity * f.Price)
                - own.Where(f => f.FeeCurrency == currency).Sum(f => f.Fee);
            var cash = account.Cash.GetValueOrDefault(currency);
            if (cash != expected)
                add("cash-mismatch", $"account {accountId} holds {cash} {currency}; its deposits and own fills make {expected}", false, false);
        }

        foreach (var instrument in account.Positions.Keys.Concat(own.Select(f => f.Instrument)).Distinct().Order(StringComparer.Ordinal))
        {
            var expected = own.Where(f => f.Instrument == instrument).Sum(f => Sign(f.Side) * f.Quantity);
            var held = account.Positions.GetValueOrDefault(instrument);
            if (held != expected)
                add("position-mismatch", $"account {accountId} holds {held} {instrument}; its own fills make {expected}", false, false);
        }
    }

    private static decimal Sign(string side) => string.Equals(side, "buy", StringComparison.OrdinalIgnoreCase) ? 1m : -1m;

    /// <summary>Whether <paramref name="target"/> is the sum of some of <paramref name="amounts"/>, each used at most once.</summary>
    private static bool IsSubsetSum(decimal target, IReadOnlyList<decimal> amounts)
    {
        if (target == 0) return true;
        if (target > amounts.Sum()) return false;
        var reachable = new HashSet<decimal> { 0m };
        foreach (var amount in amounts)
        {
            foreach (var sum in reachable.ToList())
                if (sum + amount <= target) reachable.Add(sum + amount);
            if (reachable.Contains(target)) return true;
            if (reachable.Count > MaxSubsetSums) return true; // too many to enumerate: the bound above is all we can say
        }
        return reachable.Contains(target);
    }
}
