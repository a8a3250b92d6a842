using System.Text.Json;
using Hive.Core.Accounts;
using Hive.Core.Risk;

namespace Hive.Cluster.Trading;

/// <summary>What <c>GET /api/risk/{account}</c> shows: the account's limits (the defaults while it has none of its own), their
/// narrowing per strategy and instrument, its trading state and its strategies', how much of the count limits is used, and
/// its positions' exposure and value at risk.</summary>
public sealed record RiskView(
    string AccountId,
    string State,
    string? StateReason,
    bool DefaultLimits,
    RiskLimits Limits,
    IReadOnlyDictionary<string, RiskLimits> ByStrategy,
    IReadOnlyDictionary<string, RiskLimits> ByInstrument,
    IReadOnlyDictionary<string, string> StrategyStates,
    int OpenOrders,
    int OrdersLastSecond,
    string SelfTradePrevention)
{
    /// <summary>Gross and net exposure per currency, by asset class and instrument, at the venues' last prices (filled by
    /// <see cref="AccountRiskReader"/>).</summary>
    public IReadOnlyList<CurrencyExposure>? Exposure { get; init; }

    /// <summary>One-day historical VaR and CVaR of the positions per currency at 95% and 99% (<see cref="PositionRisk"/>).</summary>
    public IReadOnlyList<CurrencyVar>? ValueAtRisk { get; init; }

    /// <summary>What <see cref="SelfTradePrevention"/> says when the account's orders follow the venue's default.</summary>
    public const string SelfTradePreventionDefault = "venue-default";

    public static RiskView From(AccountState account, DateTime now)
    {
        var risk = account.Risk;
        return new RiskView(account.AccountId.Value, Name(risk.State), risk.StateReason, risk.Limits is null, risk.Limits ?? RiskLimits.Defaults,
            risk.ByStrategy.ToDictionary(kv => kv.Key.Value, kv => kv.Value), risk.ByInstrument.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value),
            risk.StrategyStates.ToDictionary(kv => kv.Key.Value, kv => Name(kv.Value)), account.Reservations.Count, risk.OrdersWithin(now),
            account.DefaultSelfTradePrevention is { } mode ? JsonNamingPolicy.KebabCaseLower.ConvertName(mode.ToString()) : SelfTradePreventionDefault);
    }

    private static string Name(TradingState state) => state.ToString().ToLowerInvariant();
}
