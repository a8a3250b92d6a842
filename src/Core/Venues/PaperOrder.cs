using Hive.Core.Orders;
namespace Hive.Core.Venues;

/// <summary>An order a <see cref="PaperVenue"/> is working against market data.</summary>
internal sealed class PaperOrder(long sequence, OrderRequest request, DateTime activeFrom, DateOnly sessionDate)
{
    public long Sequence { get; } = sequence;
    public OrderRequest Request { get; } = request;
    public DateTime ActiveFrom { get; } = activeFrom;
    public DateOnly SessionDate { get; } = sessionDate;
    public decimal Quantity { get; set; } = request.Quantity;
    public decimal? LimitPrice { get; set; } = request.LimitPrice;
    public decimal? StopPrice { get; set; } = request.StopPrice;
    public decimal Filled { get; set; }
    /// <summary>Fills so far: numbers the order's trade ids.</summary>
    public int Fills { get; set; }
    public bool Triggered { get; set; }
    public decimal? TriggerPrice { get; set; }
    public decimal? TrailingAnchor { get; set; }
    public decimal Leaves => Quantity - Filled;
}
