using FsCheck.Xunit;
using Hive.Core.Ids;
using Hive.Core.ReadModel;
using Hive.Core.Tests.Support;
using Hive.Core.Orders;

namespace Hive.Core.Tests.ReadModel;

/// <summary>Whatever the order goes through, the read side's row and the entity's state agree, and folding a batch
/// twice (a redelivery after a crash) counts every fill once.</summary>
public class ReadModelProperties
{
    private static readonly ClientOrderId Id = new("o-1");

    private static IOrderCommand Command(uint code, int step) => (code % 10) switch
    {
        0 => new AcceptOrder(Id, new VenueOrderId("SIM-1")),
        1 or 2 => new FillOrder(Id, new TradeId($"t{step}"), 1 + code / 10 % 3, 100m + code / 30 % 5, 0.01m, "USD", LiquiditySide.Taker, TestData.Now),
        3 => new CancelOrder(Id),
        4 => new ConfirmCancel(Id, "asked"),
        5 => new RejectCancel(Id, "too late"),
        6 => new ReplaceOrder(Id, TestData.Spx, 6 + code / 10 % 10, 99m + code / 100 % 3),
        7 => new ConfirmReplace(Id),
        8 => new RejectReplace(Id, "venue refused"),
        _ => new ExpireOrder(Id),
    };

    private static List<IOrderEvent> Decided(int[] codes)
    {
        var state = OrderState.Empty(Id);
        var events = new List<IOrderEvent>();
        foreach (var command in codes.Select((c, i) => Command((uint)c, i)).Prepend(new SubmitOrder(TestData.Limit("o-1", OrderSide.Buy, 10, 100m), TestData.Spx)))
        {
            var decision = state.Decide(command, TestData.Now);
            foreach (var e in decision.Events)
            {
                events.Add(e);
                state = state.Apply(e);
            }
        }
        return events;
    }

    private static List<ProjectedEvent> Journal(IReadOnlyList<IOrderEvent> events) =>
        events.Select((e, i) => new ProjectedEvent(ReadModelTags.Projected, i + 1, "order-o-1", i + 1, e, TestData.Now)).ToList();

    [Property(MaxTest = 300)]
    public bool The_row_agrees_with_the_order_state_after_any_sequence_of_commands(int[] codes)
    {
        var events = Decided(codes);
        var state = events.Aggregate(OrderState.Empty(Id), (s, e) => s.Apply(e));
        var row = ReadModelFold.Apply(ReadModelRows.None, Journal(events)).Orders.Single();
        return (row.Status, row.StatusBeforePending, row.Quantity, row.LimitPrice, row.FilledQuantity, row.AverageFillPrice, row.Fees, row.VenueOrderId)
            == (state.Status, state.StatusBeforePending, state.Quantity, state.LimitPrice, state.FilledQuantity, state.AverageFillPrice, state.Fees, state.VenueOrderId);
    }

    [Property(MaxTest = 300)]
    public bool Folding_in_two_batches_with_the_second_repeating_the_first_counts_every_fill_once(int[] codes, byte cut)
    {
        var journal = Journal(Decided(codes));
        var split = cut % (journal.Count + 1);
        var first = ReadModelFold.Apply(ReadModelRows.None, journal.Take(split).ToList());
        var stored = ReadModelRows.None with { Orders = first.Orders.ToDictionary(o => o.ClientOrderId) };
        // The second batch starts over from the beginning, as a projection would after losing its offset but not its rows.
        var second = ReadModelFold.Apply(stored, journal);
        var all = ReadModelFold.Apply(ReadModelRows.None, journal);
        var fills = first.Fills.Concat(second.Fills).Select(f => f.TradeId).ToList();
        var row = second.Orders.SingleOrDefault() ?? stored.Orders.GetValueOrDefault(Id);
        return fills.Count == fills.Distinct().Count() && fills.Count == all.Fills.Count
               && (split == 0 || row == all.Orders.Single());
    }
}
