using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using static Hive.Core.Tests.OrderFlow.FlowData;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Venues;

namespace Hive.Core.Tests.OrderFlow;

/// <summary>
/// The cluster's delivery guarantee, checked without the cluster: orders retry what they owe and every receiver
/// is idempotent, so a network that loses, duplicates, reorders and delays messages (late copies arriving even
/// after later bars) ends where a perfect network ends — the same fills, each booked once, every hold released.
/// Market data and client commands are the same in both runs and each arrives once the flow has settled, as the
/// property is about the flow's own messages. Restarts of the venue (which forgets what nobody stored) and of order
/// entities (which forget what was confirmed) may change which fills happen, never that each is booked exactly once.
/// </summary>
public class OrderFlowProperties
{
    private static readonly FillModelSettings FillModel = new() { Fees = new FeeSchedule(0.0005m, 0.001m), MaxVolumeShare = 0.5m };

    private static FlowSimulation Run(int[] codes, int barSeed, Random? chaos, Random? restarts = null)
    {
        var sim = new FlowSimulation(Spx, AccountType.Margin, 1_000_000m, FillModel, chaos, leverage: 2m, restarts: restarts);
        var prices = new Random(barSeed);
        var close = 100m;
        var day = 0;
        sim.PushBar(Bar(day, close, close + 1m, close - 1m, close, 30m));
        sim.Settle();
        var steps = codes.Take(14).ToArray();
        for (var i = 0; i < steps.Length; i++)
        {
            var u = Mix(steps[i], i);
            var side = u / 7 % 2 == 0 ? OrderSide.Buy : OrderSide.Sell;
            var quantity = 1m + u / 14 % 20;
            var offset = u / 280 % 8;
            var id = Id($"o{i}");
            switch (u % 7)
            {
                case 0:
                    sim.Place(OrderRequest.Market(id, Account, Spx.Id, side, quantity), reference: close);
                    break;
                case 1 or 2:
                    var limit = side == OrderSide.Buy ? close - offset : close + offset;
                    sim.Place(OrderRequest.Limit(id, Account, Spx.Id, side, quantity, limit));
                    break;
                case 3 when Open(sim) is { Count: > 0 } open:
                    sim.Cancel(open[(int)(u / 7 % (uint)open.Count)].ClientOrderId.Value);
                    break;
                case 4 or 6 when Open(sim).Where(o => o.Order.LimitPrice is not null).ToList() is { Count: > 0 } limits:
                    var target = limits[(int)(u / 7 % (uint)limits.Count)].Order;
                    // Within the hold: fewer shares at a price one tick-dollar better for the venue.
                    var price = target.LimitPrice!.Value + (target.Request!.Side == OrderSide.Buy ? -1m : 1m);
                    sim.Send(new RequestReplace(target.ClientOrderId, Math.Max(1m, target.Quantity - 1m), price, null) { Instrument = Spx });
                    break;
                case 5:
                    // More than the account could ever cover: refused, whenever a copy of its reserve arrives.
                    sim.Place(OrderRequest.Market(id, Account, Spx.Id, OrderSide.Buy, 1_000_000m), reference: close);
                    break;
            }
            sim.Settle();

            day++;
            var open0 = close + prices.Next(-200, 201) / 100m;
            close = Math.Max(1m, open0 + prices.Next(-300, 301) / 100m);
            var high = Math.Max(open0, close) + prices.Next(0, 150) / 100m;
            var low = Math.Max(0.5m, Math.Min(open0, close) - prices.Next(0, 150) / 100m);
            sim.PushBar(Bar(day, open0, high, low, close, prices.Next(0, 3) == 0 ? 4m : 30m));
            sim.Settle();
        }
        // Wind down one order at a time, so the venue sees the same sequence in both runs.
        foreach (var order in Open(sim))
        {
            sim.Cancel(order.ClientOrderId.Value);
            sim.Settle();
        }
        sim.FlushLate();
        return sim;
    }

    // FsCheck's integers are small; mixed, every bit of the step's choices varies.
    private static uint Mix(int code, int step)
    {
        var u = unchecked((uint)code * 2654435761u + (uint)step * 40503u);
        u ^= u >> 15;
        u = unchecked(u * 2246822519u);
        return u ^ (u >> 13);
    }

    private static List<OrderFlowState> Open(FlowSimulation sim) =>
        sim.Orders.Values.Where(o => o.Order.IsOpen).OrderBy(o => o.ClientOrderId.Value, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Everything that must not depend on delivery: per order its terms, status, fills and what its counterparts
    /// confirmed; for the account cash, fees, positions, holds and how many fills it booked. (How an average-cost ledger
    /// splits P&amp;L between realized and cost basis depends on the order in which fills of different orders are booked,
    /// which no network promises; the ledger identity ties both to cash and is checked separately.)
    /// </summary>
    private static string Snapshot(FlowSimulation sim)
    {
        var text = new StringBuilder();
        foreach (var o in sim.Orders.Values.OrderBy(o => o.ClientOrderId.Value, StringComparer.Ordinal))
        {
            var order = o.Order;
            var delivery = sim.DeliveryOf(o.ClientOrderId);
            text.AppendLine($"{o.ClientOrderId} {order.Status} q={order.Quantity} lim={order.LimitPrice} filled={order.FilledQuantity} " +
                            $"avg={order.AverageFillPrice} fees={order.Fees} code={order.RejectionCode} v={o.Version} " +
                            $"cancels={o.CancelAttempts} replaces={o.ReplaceAttempts} " +
                            $"fills=[{string.Join(",", o.Fills.Select(f => $"{f.TradeId}:{f.Quantity}@{f.Price}"))}] " +
                            $"reports={delivery.VenueReportsApplied} booked={delivery.FillsBooked} released={delivery.Released}");
        }
        var account = sim.Account;
        text.AppendLine($"cash={account.CashIn("USD")} fees={account.Fees.GetValueOrDefault("USD")} position={account.PositionIn(Spx.Id)} " +
                        $"holds={account.Reservations.Count} fills-booked={account.FillsBooked}");
        return text.ToString();
    }

    /// <summary>Every order finished and owes nothing; every fill the orders stored is booked exactly once (count, position
    /// and cash add up to the orders' fills); every trade id is unique; no hold is left; the ledger identity holds.</summary>
    private static Property Settled(FlowSimulation sim, string run)
    {
        var account = sim.Account;
        var fills = sim.StoredFills.ToList();
        var trades = fills.Select(f => f.TradeId).ToList();
        var cashSpent = fills.Sum(f => f.Side.Sign() * f.Quantity * f.Price) + fills.Sum(f => f.Fee);
        return (sim.OrderRefusals.Count == 0).Label($"{run}: no order refused a reply")
            .And(sim.Orders.Values.All(o => o.CanPassivate && sim.Owed(o.ClientOrderId).Count == 0).Label($"{run}: every order finished owing nothing"))
            .And(account.Reservations.IsEmpty.Label($"{run}: no hold left"))
            .And((trades.Distinct().Count() == trades.Count).Label($"{run}: every trade id unique"))
            .And((account.FillsBooked == fills.Count).Label($"{run}: the account booked {account.FillsBooked} fills, the orders hold {fills.Count}"))
            .And((account.PositionIn(Spx.Id) == fills.Sum(f => f.Side.Sign() * f.Quantity)).Label($"{run}: position is the orders' fills"))
            .And((account.CashIn("USD") == account.Deposits["USD"] - cashSpent).Label($"{run}: cash is deposits less the orders' fills and fees"))
            .And((account.CashIn("USD") + account.Positions.Values.Sum(p => p.CostBasis)
                  == account.Deposits["USD"] - account.Fees.GetValueOrDefault("USD") + account.RealizedPnl.GetValueOrDefault("USD"))
                .Label($"{run}: ledger identity"));
    }

    private static bool SameVenueReports(FlowSimulation a, FlowSimulation b) =>
        a.Orders.Keys.All(id => a.Venue.ReportsFor(id, 0).SequenceEqual(b.Venue.ReportsFor(id, 0)));

    [Property(MaxTest = 200)]
    public Property Lost_duplicated_reordered_and_late_messages_end_in_the_same_state_as_a_clean_run(PositiveInt seed, int[] codes)
    {
        var clean = Run(codes, seed.Get, chaos: null);
        var chaotic = Run(codes, seed.Get, new Random(seed.Get * 7919 + codes.Length));
        var cleanSnapshot = Snapshot(clean);
        var chaoticSnapshot = Snapshot(chaotic);
        return (cleanSnapshot == chaoticSnapshot).Label($"clean:\n{cleanSnapshot}\nchaotic:\n{chaoticSnapshot}")
            .And(Settled(clean, "clean"))
            .And(Settled(chaotic, "chaotic"))
            .And(SameVenueReports(clean, chaotic).Label("the venue made the same reports for each order"))
            .Classify(chaotic.Lost > 0, "messages lost")
            .Classify(chaotic.Duplicated > 0, "messages duplicated")
            .Classify(chaotic.Delayed > 0, "messages delivered late")
            .Classify(clean.StoredFills.Any(), "orders filled")
            .Classify(clean.Orders.Values.Any(o => o.ReplaceAttempts > 0), "orders replaced")
            .Classify(clean.Orders.Values.Any(o => o.Order.Status == OrderStatus.Cancelled && o.Fills.Count > 0), "partly filled orders cancelled");
    }

    [Fact]
    public void The_chaotic_network_really_loses_duplicates_and_delays_messages()
    {
        var codes = Enumerable.Range(0, 14).ToArray();
        var clean = Run(codes, 42, chaos: null);
        var chaotic = Run(codes, 42, new Random(42));
        Assert.True(chaotic.Lost > 10 && chaotic.Duplicated > 10 && chaotic.Delayed > 10,
            $"lost {chaotic.Lost}, duplicated {chaotic.Duplicated}, delayed {chaotic.Delayed}");
        Assert.True(chaotic.Delivered > clean.Delivered);
        Assert.NotEmpty(clean.StoredFills);
        Assert.Equal(Snapshot(clean), Snapshot(chaotic));
    }

    [Property(MaxTest = 200)]
    public Property Restarting_the_venue_and_orders_at_random_points_still_books_every_fill_exactly_once(PositiveInt seed, int[] codes)
    {
        var sim = Run(codes, seed.Get, new Random(seed.Get * 31 + codes.Length), restarts: new Random(seed.Get));
        return Settled(sim, "restarted")
            .Classify(sim.VenueRestarts > 0, "venue restarted")
            .Classify(sim.OrderRestarts > 0, "orders restarted")
            .Classify(sim.StoredFills.Any(), "orders filled");
    }

    [Fact]
    public void The_restarting_run_really_restarts_the_venue_and_orders_while_orders_work()
    {
        var codes = Enumerable.Range(0, 14).ToArray();
        var sim = Run(codes, 42, new Random(42), restarts: new Random(7));
        Assert.True(sim.VenueRestarts > 2 && sim.OrderRestarts > 2, $"venue restarts {sim.VenueRestarts}, order restarts {sim.OrderRestarts}");
        Assert.NotEmpty(sim.StoredFills);
    }

    [Property(MaxTest = 30)]
    public bool Replaying_each_orders_journal_after_a_chaotic_run_gives_the_same_persisted_state(PositiveInt seed, int[] codes)
    {
        var sim = Run(codes, seed.Get, new Random(seed.Get), restarts: new Random(seed.Get + 1));
        return sim.Orders.All(kv =>
        {
            var replayed = sim.OrderJournal(kv.Key).Aggregate(OrderFlowState.Empty(kv.Key), (s, e) => s.Apply(e));
            return replayed.Version == kv.Value.Version && replayed.Version == sim.OrderJournal(kv.Key).Count
                   && replayed.Fills.SequenceEqual(kv.Value.Fills) && replayed.Order.Status == kv.Value.Order.Status
                   && replayed.Order.FilledQuantity == kv.Value.Order.FilledQuantity
                   && replayed.Outbox(OrderDelivery.None).SequenceEqual(kv.Value.Outbox(OrderDelivery.None));
        });
    }
}
