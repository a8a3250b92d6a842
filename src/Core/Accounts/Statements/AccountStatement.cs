using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.Accounts.Statements;

/// <summary>
/// An account's statement for the period [<see cref="From"/>, <see cref="To"/>): its cash per currency at the start and end with
/// what moved it (deposits, fills, fees, realized P&amp;L), every deposit and fill booked in the period, and the positions at the
/// end. Built by folding the account's own journal through <see cref="AccountState.Apply"/>, so every figure is the one the
/// account entity holds, never a second calculation that could drift from it. The period is of booking time (each event's
/// <c>RecordedAt</c>, the account's clock, in journal order), so fills on replayed historical bars land in the period they were
/// booked; each fill line also carries its venue time.
/// </summary>
public sealed record AccountStatement(
    AccountId AccountId, DateTime From, DateTime To, IReadOnlyList<StatementBalance> Balances, IReadOnlyList<StatementLine> Lines,
    IReadOnlyList<StatementPosition> Positions)
{
    /// <summary>The statement from the account's journal, oldest event first (anything else in it is folded and not listed).</summary>
    public static AccountStatement Build(AccountId account, IEnumerable<IAccountEvent> journal, DateTime from, DateTime to)
    {
        if (to <= from) throw new ArgumentException($"the period's end {to:O} is not after its start {from:O}");
        var state = AccountState.Empty(account);
        AccountState? opening = null;
        var lines = new List<StatementLine>();
        foreach (var e in journal)
        {
            if (e.RecordedAt >= to) break;
            if (e.RecordedAt >= from) opening ??= state;
            var before = state;
            state = state.Apply(e);
            if (opening is null) continue;
            if (e is FundsDeposited d)
                lines.Add(new StatementLine(d.RecordedAt, "deposit", d.TransferId, d.Currency, d.Amount, state.CashIn(d.Currency)));
            else if (e is ExecutionBooked { Execution: var x } booked)
                lines.Add(FillLine(booked, x, before, state));
        }
        opening ??= state;
        return new AccountStatement(account, from, to, BalancesOf(opening, state, lines), lines, state.Positions.Values
            .Where(p => p.Quantity != 0m || p.RealizedPnl != 0m).OrderBy(p => p.InstrumentId.ToString(), StringComparer.Ordinal)
            .Select(p => new StatementPosition(p.InstrumentId.ToString(), p.Currency, p.Quantity, p.AverageCost, p.CostBasis, p.RealizedPnl)).ToList());
    }

    private static StatementLine FillLine(ExecutionBooked booked, Execution x, AccountState before, AccountState after)
    {
        // The position's currency, which the account books the notional in (the execution's own for a new position).
        var currency = after.Positions[x.InstrumentId].Currency;
        return new StatementLine(booked.RecordedAt, "fill", x.TradeId.Value, currency, -x.Side.Sign() * x.Quantity * x.Price, after.CashIn(currency),
            x.ClientOrderId.Value, x.InstrumentId.ToString(), x.Side.ToString().ToLowerInvariant(), x.Quantity, x.Price, x.ExecutedAt, x.Fee, x.FeeCurrency,
            after.RealizedPnl.GetValueOrDefault(currency) - before.RealizedPnl.GetValueOrDefault(currency));
    }

    private static List<StatementBalance> BalancesOf(AccountState opening, AccountState closing, List<StatementLine> lines) =>
        opening.Cash.Keys.Concat(closing.Cash.Keys).Distinct().Order(StringComparer.Ordinal).Select(c =>
        {
            var fills = lines.Where(l => l.Kind == "fill" && l.Currency == c).ToList();
            return new StatementBalance(c, opening.CashIn(c),
                lines.Where(l => l.Kind == "deposit" && l.Currency == c).Sum(l => l.Amount),
                -fills.Where(l => l.Amount < 0m).Sum(l => l.Amount), fills.Where(l => l.Amount > 0m).Sum(l => l.Amount),
                lines.Where(l => l.FeeCurrency == c).Sum(l => l.Fee),
                closing.RealizedPnl.GetValueOrDefault(c) - opening.RealizedPnl.GetValueOrDefault(c), closing.CashIn(c));
        }).ToList();
}
