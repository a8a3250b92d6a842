using Hive.Core.Ids;
using Hive.Core.Accounts;

namespace Hive.Cluster.Trading;

/// <summary>
/// An account as the API shows it: balances, positions marked at the last prices, P&amp;L and fees per
/// currency, buying power, and the holds for open orders. Equity = cash + marked positions (positions
/// without a mark count at cost).
/// </summary>
public sealed record AccountView(
    string AccountId, bool Open, string Type, decimal Leverage,
    IReadOnlyDictionary<string, decimal> Cash, IReadOnlyDictionary<string, decimal> Deposits, IReadOnlyDictionary<string, decimal> Fees,
    IReadOnlyDictionary<string, decimal> RealizedPnl, IReadOnlyDictionary<string, decimal> UnrealizedPnl,
    IReadOnlyDictionary<string, decimal> Equity, IReadOnlyDictionary<string, decimal> BuyingPower,
    IReadOnlyList<PositionView> Positions, IReadOnlyList<ReservationView> Reservations, long FillsBooked)
{
    public static AccountView From(AccountState a, IReadOnlyDictionary<InstrumentId, decimal> marks)
    {
        var currencies = a.Cash.Keys.Concat(a.Positions.Values.Select(p => p.Currency)).Distinct().Order(StringComparer.Ordinal).ToList();
        var positions = a.Positions.Values.OrderBy(p => p.InstrumentId.ToString(), StringComparer.Ordinal).Select(p =>
        {
            decimal? mark = marks.TryGetValue(p.InstrumentId, out var m) ? m : null;
            return new PositionView(p.InstrumentId.ToString(), p.Currency, p.Quantity, p.AverageCost, p.CostBasis, mark,
                mark is { } v ? p.MarketValue(v) : null, mark is { } u ? p.UnrealizedPnl(u) : null, p.RealizedPnl);
        }).ToList();
        var reservations = a.Reservations.Values.OrderBy(r => r.ClientOrderId.Value, StringComparer.Ordinal)
            .Select(r => new ReservationView(r.ClientOrderId.Value, r.InstrumentId.ToString(), r.Side.ToString().ToLowerInvariant(), r.Quantity, r.Currency, r.Amount))
            .ToList();
        return new AccountView(a.AccountId.Value, a.IsOpen, a.Type.ToString().ToLowerInvariant(), a.Leverage,
            Sorted(a.Cash), Sorted(a.Deposits), Sorted(a.Fees), Sorted(a.RealizedPnl),
            currencies.ToDictionary(c => c, c => a.UnrealizedPnl(c, marks)),
            currencies.ToDictionary(c => c, c => a.Equity(c, marks)),
            currencies.ToDictionary(c => c, a.BuyingPower),
            positions, reservations, a.FillsBooked);
    }

    private static IReadOnlyDictionary<string, decimal> Sorted(IReadOnlyDictionary<string, decimal> map) =>
        map.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value);
}
