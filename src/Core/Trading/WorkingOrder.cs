using Hive.Core.Ids;

namespace Hive.Core.Trading;

/// <summary>A simulated venue's record of an order it holds (resting in the book or waiting for its trigger).</summary>
internal sealed class WorkingOrder(long bookId, OrderRequest request, DateOnly sessionDate)
{
    public long BookId { get; } = bookId;
    public OrderRequest Request { get; } = request;
    public DateOnly SessionDate { get; } = sessionDate;
    public ClientOrderId ClientOrderId => Request.ClientOrderId;
    public decimal Quantity { get; set; } = request.Quantity;
    public decimal? LimitPrice { get; set; } = request.LimitPrice;
    public decimal? StopPrice { get; set; } = request.StopPrice;
    public decimal Filled { get; set; }
    public bool Triggered { get; set; }
    /// <summary>Best price seen since a trailing stop was placed (high for sells, low for buys).</summary>
    public decimal? TrailingAnchor { get; set; }
    public bool AwaitingAccept { get; set; }
    public bool InBook { get; set; }
}
