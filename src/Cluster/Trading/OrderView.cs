using Hive.Core.OrderFlow;

namespace Hive.Cluster.Trading;

/// <summary>One order as the API shows it: the request, where its state machine stands, and its fills.</summary>
public sealed record OrderView(
    string OrderId, string AccountId, string Instrument, string Side, string Type, decimal Quantity, decimal? LimitPrice,
    decimal? StopPrice, string TimeInForce, string Status, decimal FilledQuantity, decimal LeavesQuantity, decimal AverageFillPrice,
    decimal Fees, string? VenueOrderId, string? RejectionCode, string? StrategyId,
    IReadOnlyList<FillView> Fills)
{
    public static OrderView? From(OrderFlowState flow)
    {
        if (flow.Order.Request is not { } r) return null;
        var o = flow.Order;
        return new OrderView(r.ClientOrderId.Value, r.AccountId.Value, r.InstrumentId.ToString(), r.Side.ToString().ToLowerInvariant(),
            r.Type.ToString().ToLowerInvariant(), o.Quantity, o.LimitPrice, o.StopPrice, r.TimeInForce.ToString().ToLowerInvariant(),
            o.Status.ToString(), o.FilledQuantity, o.LeavesQuantity, o.AverageFillPrice, o.Fees, o.VenueOrderId?.Value, o.RejectionCode,
            r.StrategyId?.Value, flow.Fills.Select(FillView.From).ToList());
    }
}
