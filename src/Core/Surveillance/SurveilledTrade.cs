using Hive.Core.Ids;
using Hive.Core.Orders;
using Hive.Core.ReadModel;

namespace Hive.Core.Surveillance;

/// <summary>One execution as the detectors see it. A Hive fill has one side only (the paper venue fills each order against
/// bars, never one account against another), so "both sides of a trade" means a buy fill and a sell fill.
/// <see cref="ExecutedAt"/> is the venue's (market-data) time.</summary>
public sealed record SurveilledTrade(
    TradeId TradeId, ClientOrderId OrderId, AccountId Account, InstrumentId Instrument, OrderSide Side,
    decimal Quantity, decimal Price, LiquiditySide Liquidity, DateTime ExecutedAt)
{
    public static SurveilledTrade From(FillRow row) => new(
        row.TradeId, row.ClientOrderId, row.AccountId, row.InstrumentId, row.Side, row.Quantity, row.Price, row.Liquidity, row.ExecutedAt);
}
