using Hive.Core.Ids;
using Hive.Core.Orders;
using Hive.Core.Risk;

namespace Hive.Core.OrderFlow;

/// <summary>
/// One thing a venue did to an order, flat so it crosses nodes with the plain JSON serializer. It maps
/// one-to-one onto the order commands of <see cref="OrderState"/> (<see cref="From"/> / <see cref="ToCommand"/>);
/// a fill carries the whole <see cref="Execution"/> the account books. The outcome of a cancel or replace carries the
/// number of the attempt it answers (<see cref="Attempt"/>), so an order that fetches its reports again after a restart
/// can tell an old attempt's answer from the current one's.
/// </summary>
public sealed record VenueReport(
    VenueReportKind Kind,
    string? VenueOrderId = null,
    string? Code = null,
    string? Reason = null,
    decimal? TriggerPrice = null,
    Execution? Fill = null,
    int? Attempt = null,
    decimal? Quantity = null)
{
    /// <summary>Stands in for a report taken before the venue restarted; an order skips it.</summary>
    public static VenueReport Unavailable { get; } = new(VenueReportKind.Unavailable);

    public static VenueReport From(IOrderCommand update, IReadOnlyDictionary<TradeId, Execution> executions) => update switch
    {
        AcceptOrder a => new(VenueReportKind.Accepted, VenueOrderId: a.VenueOrderId.Value),
        RejectOrder r => new(VenueReportKind.Rejected, Code: r.Code, Reason: r.Reason),
        TriggerOrder t => new(VenueReportKind.Triggered, TriggerPrice: t.TriggerPrice),
        FillOrder f => new(VenueReportKind.Filled, Fill: executions[f.TradeId]),
        ConfirmCancel c => new(VenueReportKind.Cancelled, Code: c.Code, Reason: c.Reason),
        RejectCancel c => new(VenueReportKind.CancelRejected, Reason: c.Reason),
        ConfirmReplace => new(VenueReportKind.Replaced),
        RejectReplace r => new(VenueReportKind.ReplaceRejected, Reason: r.Reason),
        ExpireOrder => new(VenueReportKind.Expired),
        DecrementOrder d => new(VenueReportKind.Decremented, Code: d.Code, Reason: d.Reason, Quantity: d.Quantity),
        _ => throw new ArgumentException($"venue update {update.GetType().Name} has no report kind", nameof(update)),
    };

    /// <summary>The order command this report stands for; null when the report is malformed (a fill without its execution).</summary>
    public IOrderCommand? ToCommand(ClientOrderId order) => Kind switch
    {
        VenueReportKind.Accepted => new AcceptOrder(order, new VenueOrderId(VenueOrderId ?? "")),
        VenueReportKind.Rejected when Code is { } code && RiskDenials.Denies(code) => new DenyOrder(order, code, Reason ?? ""),
        VenueReportKind.Rejected => new RejectOrder(order, Code ?? "venue-rejected", Reason ?? ""),
        VenueReportKind.Triggered when TriggerPrice is { } price => new TriggerOrder(order, price),
        VenueReportKind.Filled when Fill is { } fill && fill.ClientOrderId == order => fill.ToFillOrder(),
        VenueReportKind.Cancelled => new ConfirmCancel(order, Reason ?? "cancelled", Code),
        VenueReportKind.CancelRejected => new RejectCancel(order, Reason ?? ""),
        VenueReportKind.Replaced => new ConfirmReplace(order),
        VenueReportKind.ReplaceRejected => new RejectReplace(order, Reason ?? ""),
        VenueReportKind.Expired => new ExpireOrder(order),
        VenueReportKind.Decremented when Quantity is { } quantity => new DecrementOrder(order, quantity, Code ?? "", Reason ?? ""),
        _ => null,
    };
}
