using Hive.Core.Accounts;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Risk;

namespace Hive.Cluster.Trading;

/// <summary>
/// Risk analytics of a live account: its open positions marked at the venues' last prices (the account's own last price, then
/// the position's cost, when a venue has none), their asset classes from the catalog (an instrument it does not list counts
/// as a stock), and their daily history in the lake (<see cref="RiskHistory"/>): exposure, VaR/CVaR and stress tests. The
/// arithmetic is pure, in Hive.Core.
/// </summary>
public sealed class AccountRiskReader(TradingReader reader, RiskHistory history, InstrumentCatalog catalog)
{
    /// <summary>The account's limits, states and their use (<see cref="RiskView"/>) with its exposure and VaR/CVaR; null when the
    /// account does not exist.</summary>
    public async Task<RiskView?> RiskAsync(AccountId id, CancellationToken ct)
    {
        if (await reader.LiveAccountAsync(id, ct) is not { } account) return null;
        var positions = await PositionsAsync(account);
        var daily = new Dictionary<InstrumentId, BarSeries>();
        foreach (var p in positions) daily[p.Instrument] = await history.DailyAsync(p.Instrument, null, null, ct);
        return RiskView.From(account, DateTime.UtcNow) with
        {
            Exposure = PositionRisk.Exposure(positions),
            ValueAtRisk = PositionRisk.Var(positions, daily, PositionRisk.Confidences, PositionRisk.DefaultLookback),
        };
    }

    /// <summary>Every scenario run on the account's positions, with its cash beside them; null when the account does not exist.</summary>
    public async Task<AccountStressView?> StressAsync(AccountId id, IReadOnlyList<StressScenario> scenarios, CancellationToken ct)
    {
        if (await reader.LiveAccountAsync(id, ct) is not { } account) return null;
        var positions = await PositionsAsync(account);
        var results = await history.StressAsync(positions, account.Cash, scenarios, ct);
        return new AccountStressView(id.Value, DateTime.UtcNow, positions.Count, results);
    }

    /// <summary>The account's open positions as the stress tests and VaR value them, in instrument order.</summary>
    public async Task<IReadOnlyList<MarkedPosition>> PositionsAsync(AccountState account)
    {
        var open = account.Positions.Values.Where(p => p.Quantity != 0m).OrderBy(p => p.InstrumentId.ToString(), StringComparer.Ordinal).ToList();
        var marks = await reader.MarksAsync(open.Select(p => p.InstrumentId));
        return open.Select(p => new MarkedPosition(p.InstrumentId, catalog.TryGet(p.InstrumentId, out var listed) ? listed.AssetClass : AssetClass.Stock,
            p.Currency, p.Quantity,
            marks.TryGetValue(p.InstrumentId, out var mark) ? mark : account.Risk.Marks.TryGetValue(p.InstrumentId, out var seen) ? seen : p.AverageCost)).ToList();
    }
}
