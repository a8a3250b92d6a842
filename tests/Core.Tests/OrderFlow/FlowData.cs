using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.OrderFlow;
using Hive.Core.Tests.Support;
using Hive.Core.Orders;
using Hive.Core.Venues;

namespace Hive.Core.Tests.OrderFlow;

/// <summary>Orders, reports and bars for the order-flow tests, on SIM:SPX (USD).</summary>
internal static class FlowData
{
    public static readonly Instrument Spx = TestData.Spx;
    public static readonly AccountId Account = TestData.Account;
    public static readonly DateTime Now = TestData.Now;
    public static readonly DateTime Day1 = new(2024, 3, 4, 0, 0, 0, DateTimeKind.Utc);
    public const decimal FeeRate = 0.001m;

    public static ClientOrderId Id(string id) => new(id);

    public static PlaceOrder Place(OrderRequest request, decimal? reference = null, Instrument? instrument = null) =>
        new PlaceOrder(request, reference) { Instrument = instrument ?? Spx, ReserveFeeRate = FeeRate };

    public static Bar Bar(int day, decimal open, decimal high, decimal low, decimal close, decimal volume = 1_000_000m) =>
        new(Spx.Id, Day1.AddDays(day), BarInterval.OneDay, open, high, low, close, volume);

    public static VenueReport Accepted(string venueOrderId = "SIM-1") => new(VenueReportKind.Accepted, VenueOrderId: venueOrderId);

    public static VenueReport Filled(OrderRequest order, string tradeId, decimal quantity, decimal price, decimal fee = 0m) =>
        new(VenueReportKind.Filled, Fill: new Execution(new TradeId(tradeId), order.ClientOrderId, order.AccountId, order.InstrumentId,
            order.Side, quantity, price, "USD", fee, "USD", LiquiditySide.Taker, Day1));

    public static VenueReports Reports(OrderRequest order, int from, params VenueReport[] reports) => new(order.ClientOrderId, from, reports);

    public static Decision<IOrderEvent> Try(this OrderFlowState state, IOrderFlowCommand command) => state.Decide(command, Now);

    /// <summary>Decides and applies, failing the test on a rejection.</summary>
    public static OrderFlowState Do(this OrderFlowState state, IOrderFlowCommand command) =>
        state.Do(command, out _);

    public static OrderFlowState Do(this OrderFlowState state, IOrderFlowCommand command, out IReadOnlyList<IOrderEvent> events)
    {
        var decision = state.Decide(command, Now);
        Assert.False(decision.IsRejected, decision.Rejection?.ToString());
        events = decision.Events;
        foreach (var e in decision.Events) state = state.Apply(e);
        return state;
    }

    /// <summary>An order placed, held by the account (which forwarded it) and acknowledged by the venue (report 0).</summary>
    public static OrderFlowState Working(OrderRequest request, decimal? reference = null) =>
        OrderFlowState.Empty(request.ClientOrderId)
            .Do(Place(request, reference))
            .Do(Reports(request, 0, Accepted()));

    /// <summary>What an order's counterparts confirmed: the venue's first <paramref name="reports"/> reports taken and the
    /// first <paramref name="fillsBooked"/> fills booked (at account version 10 + n).</summary>
    public static OrderDelivery Delivery(int reports, int fillsBooked = 0, bool released = false) =>
        OrderDelivery.None with
        {
            VenueReportsApplied = reports,
            BookedAt = Enumerable.Range(1, fillsBooked).Select(n => 10L + n).ToImmutableList(),
            Released = released,
        };

    /// <summary>The progress a working order reports to its venue with every poll.</summary>
    public static WorkingOrderProgress Progress(OrderFlowState state) =>
        new(state.Order.Quantity, state.Order.LimitPrice, state.Order.StopPrice, state.Order.FilledQuantity, state.Fills.Count, false);
}
