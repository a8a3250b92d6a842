using Hive.Core.Orders;

namespace Hive.Core.Surveillance;

/// <summary>One order or trade an alert points at: <see cref="Kind"/> is <c>order</c> or <c>trade</c>, <see cref="Id"/> its
/// client order id or trade id, with the facts a reviewer checks first (account, side as the API spells it, size, price, time).</summary>
public sealed record AlertEvidence(string Kind, string Id, string Account, string Side, decimal Quantity, decimal? Price, DateTime At)
{
    public static AlertEvidence Of(SurveilledOrder o) =>
        new("order", o.OrderId.Value, o.Account.Value, SideOf(o.Side), o.Quantity, o.LimitPrice, o.PlacedAt);

    public static AlertEvidence Of(SurveilledTrade t) =>
        new("trade", t.TradeId.Value, t.Account.Value, SideOf(t.Side), t.Quantity, t.Price, t.ExecutedAt);

    private static string SideOf(OrderSide side) => side == OrderSide.Buy ? "buy" : "sell";
}
