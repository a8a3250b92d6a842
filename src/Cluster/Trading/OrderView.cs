using Hive.Core.ReadModel;

namespace Hive.Cluster.Trading;

/// <summary>One order as the API shows it, from the read tables: the request, where its state machine stands, its fills.</summary>
public sealed record OrderView(
    string OrderId, string AccountId, string Instrument, string Side, string Type, decimal Quantity, decimal? LimitPrice,
    decimal? StopPrice, string TimeInForce, string Status, decimal FilledQuantity, decimal LeavesQuantity, decimal AverageFillPrice,
    decimal Fees, string? VenueOrderId, string? RejectionCode, string? RejectionMessage, string? StrategyId,
    DateTime CreatedAt, DateTime UpdatedAt, IReadOnlyList<FillView> Fills)
{
    public static OrderView From(OrderRow o, IEnumerable<FillRow> fills) =>
        new(o.ClientOrderId.Value, o.AccountId.Value, o.InstrumentId.ToString(), Lower(o.Side), Lower(o.Type), o.Quantity, o.LimitPrice,
            o.StopPrice, Lower(o.TimeInForce), o.Status.ToString(), o.FilledQuantity, o.LeavesQuantity, o.AverageFillPrice, o.Fees,
            o.VenueOrderId?.Value, o.RejectionCode, o.RejectionMessage, o.StrategyId?.Value, o.CreatedAt, o.UpdatedAt,
            fills.Select(FillView.From).ToList());

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
