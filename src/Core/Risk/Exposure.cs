using Hive.Core.Accounts;
using Hive.Core.Ids;

namespace Hive.Core.Risk;

/// <summary>
/// An account's equity and exposure in one currency as an order would leave them: positions in that currency at the last
/// prices the account saw (at cost without one), the order's instrument at the venue's newest price, and its position as
/// the order leads to it. <see cref="SettledEquity"/> is the equity at the prices the account held before this order
/// (a new day of the loss rules starts from it). One pass over the positions, no allocation.
/// </summary>
public readonly record struct Exposure(decimal SettledEquity, decimal Equity, decimal Gross, decimal Net)
{
    /// <param name="mark">The newest price of <paramref name="instrument"/>.</param>
    /// <param name="valueAfter">The signed value of the position in <paramref name="instrument"/> the order leads to.</param>
    public static Exposure Of(AccountState account, string currency, InstrumentId instrument, decimal mark, decimal valueAfter)
    {
        decimal settled = account.CashIn(currency), equity = settled, gross = Math.Abs(valueAfter), net = valueAfter;
        var marks = account.Risk.Marks;
        foreach (var (id, p) in account.Positions)
        {
            if (p.Currency != currency) continue;
            var known = marks.TryGetValue(id, out var last) ? p.Quantity * last : p.CostBasis;
            settled += known;
            if (id == instrument)
            {
                equity += p.Quantity * mark;
                continue;
            }
            equity += known;
            gross += Math.Abs(known);
            net += known;
        }
        return new Exposure(settled, equity, gross, net);
    }
}
