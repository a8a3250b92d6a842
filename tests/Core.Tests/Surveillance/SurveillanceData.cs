using Hive.Core.Ids;
using Hive.Core.Orders;
using Hive.Core.Surveillance;

namespace Hive.Core.Tests.Surveillance;

/// <summary>Hand-made orders and trades for the detectors' patterns and controls.</summary>
internal static class SurveillanceData
{
    public static readonly InstrumentId Spx = new("SIM", "SPX");
    /// <summary>A session day at 14:00 UTC, well before the default 21:00 close.</summary>
    public static readonly DateTime T0 = new(2024, 3, 6, 14, 0, 0, DateTimeKind.Utc);

    public static SurveilledTrade Trade(string id, string account, OrderSide side, decimal quantity, decimal price, DateTime at,
        LiquiditySide liquidity = LiquiditySide.Taker, string? order = null, InstrumentId? instrument = null) =>
        new(new TradeId(id), new ClientOrderId(order ?? $"o-{id}"), new AccountId(account), instrument ?? Spx, side, quantity, price, liquidity, at);

    public static SurveilledOrder Order(string id, string account, OrderSide side, decimal quantity, decimal? price, DateTime placed,
        OrderStatus status, decimal filled = 0m, DateTime? ended = null, string? strategy = null) =>
        new(new ClientOrderId(id), new AccountId(account), Spx, strategy is null ? null : new StrategyId(strategy), side,
            price is null ? OrderType.Market : OrderType.Limit, quantity, price, status, filled, placed,
            OrderTransitions.IsTerminal(status) ? ended ?? placed.AddSeconds(1) : null);

    public static SurveillanceInput Input(IEnumerable<SurveilledOrder>? orders = null, IEnumerable<SurveilledTrade>? trades = null,
        AccountOwners? owners = null) =>
        new((orders ?? []).ToList(), (trades ?? []).ToList(), owners ?? AccountOwners.None);
}
