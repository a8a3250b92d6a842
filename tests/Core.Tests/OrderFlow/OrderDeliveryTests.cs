using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using static Hive.Core.Tests.OrderFlow.FlowData;
using Hive.Core.Domain;
using Hive.Core.Orders;

namespace Hive.Core.Tests.OrderFlow;

/// <summary>What an order's counterparts confirmed, kept in memory by the order group (not journaled).</summary>
public class OrderDeliveryTests
{
    private static readonly OrderRequest Buy = OrderRequest.Limit(Id("o1"), Account, Spx.Id, OrderSide.Buy, 10m, 100m);
    private static readonly VenueReport Fill1 = Filled(Buy, "o1-1", 4m, 100m);
    private static readonly VenueReport Fill2 = Filled(Buy, "o1-2", 6m, 100m);

    private static FillBooked Booked(int fillNumber, long accountVersion, string? refused = null) =>
        new(Buy.ClientOrderId, new TradeId($"o1-{fillNumber}"), fillNumber, accountVersion, refused);

    [Fact]
    public void Nothing_is_confirmed_before_anyone_answered()
    {
        Assert.Equal((0, 0, false, 0), (OrderDelivery.None.VenueReportsApplied, OrderDelivery.None.FillsBooked,
            OrderDelivery.None.Released, OrderDelivery.None.StrategyTold));
    }

    [Fact]
    public void Unseen_passes_a_batch_that_starts_at_the_next_report_unchanged()
    {
        var batch = Reports(Buy, 1, Fill1, Fill2);
        Assert.Same(batch, Delivery(1).Unseen(batch));
    }

    [Fact]
    public void Unseen_trims_the_reports_already_taken_from_an_overlapping_batch()
    {
        var unseen = Delivery(2).Unseen(Reports(Buy, 0, Accepted(), Fill1, Fill2))!;
        Assert.Equal((Buy.ClientOrderId, 2), (unseen.OrderId, unseen.FromIndex));
        Assert.Equal([Fill2], unseen.Reports);
    }

    [Fact]
    public void Unseen_is_null_for_a_batch_already_taken_and_for_one_beyond_a_gap()
    {
        Assert.Null(Delivery(3).Unseen(Reports(Buy, 0, Accepted(), Fill1, Fill2)));
        Assert.Null(Delivery(3).Unseen(Reports(Buy, 3)));
        // Report 1 is missing: applying report 2 first could apply a fill before the acceptance it follows.
        Assert.Null(Delivery(1).Unseen(Reports(Buy, 2, Fill2)));
    }

    [Fact]
    public void Took_moves_to_the_end_of_the_batch_and_never_back()
    {
        var delivery = Delivery(1).Took(Reports(Buy, 1, Fill1, Fill2));
        Assert.Equal(3, delivery.VenueReportsApplied);
        Assert.Equal(3, delivery.Took(Reports(Buy, 0, Accepted())).VenueReportsApplied);
    }

    [Fact]
    public void Booking_fill_n_confirms_every_fill_before_it_at_a_version_no_later_than_its_own()
    {
        // The confirmation of fill 1 was lost; the account books in number order, so fill 2's confirms both.
        var delivery = OrderDelivery.None.Booked(Booked(2, accountVersion: 12));
        Assert.Equal(2, delivery.FillsBooked);
        Assert.Equal([12L, 12L], delivery.BookedAt);

        delivery = delivery.Booked(Booked(3, accountVersion: 15));
        Assert.Equal([12L, 12L, 15L], delivery.BookedAt);
    }

    [Fact]
    public void A_repeated_or_older_booking_confirmation_changes_nothing()
    {
        var delivery = OrderDelivery.None.Booked(Booked(1, 11)).Booked(Booked(2, 12));
        Assert.Same(delivery, delivery.Booked(Booked(2, 30)));
        Assert.Same(delivery, delivery.Booked(Booked(1, 30)));
        Assert.Equal([11L, 12L], delivery.BookedAt);
    }

    [Fact]
    public void A_fill_refused_as_out_of_order_is_not_confirmed_but_one_refused_outright_is_settled()
    {
        Assert.Same(OrderDelivery.None, OrderDelivery.None.Booked(Booked(2, 12, TradingRejections.FillOutOfOrder)));
        // Refused for itself (a malformed fill), it is logged by the entity and not sent again.
        Assert.Equal(1, OrderDelivery.None.Booked(Booked(1, 12, TradingRejections.AccountNotOpen)).FillsBooked);
    }

    [Fact]
    public void The_release_once_confirmed_stays_confirmed()
    {
        var released = Delivery(3, fillsBooked: 1).ReleaseConfirmed();
        Assert.True(released.Released);
        Assert.Equal((3, 1), (released.VenueReportsApplied, released.FillsBooked));
        Assert.True(released.ReleaseConfirmed().Released);
    }
}
