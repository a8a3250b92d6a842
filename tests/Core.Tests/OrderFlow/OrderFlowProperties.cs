using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.OrderFlow;
using Hive.Core.Trading;
using static Hive.Core.Tests.OrderFlow.FlowData;

namespace Hive.Core.Tests.OrderFlow;

/// <summary>
/// The cluster's delivery guarantee, checked without the cluster: orders retry what they owe and every receiver
/// is idempotent, so a network that loses, duplicates, reorders and delays messages (late copies arriving even
/// after later bars) ends where a perfect network ends — the same fills, each booked once, every hold released.
/// Market data and client commands are the same in both runs and each arrives once the flow has settled, as the
/// property is about the flow's own messages.
/// </summary>
public class OrderFlowProperties
{
    private static readonly FillModelSettings FillModel = new() { Fees = new FeeSchedule(0.0005m, 0.001m), MaxVolumeShare = 0.5m };

    private static FlowSimulation Run(int[] codes, int barSeed, Random? chaos)
    {
        var sim = new FlowSimulation(Spx, AccountType.Margin, 1_000_000m, FillModel, chaos, leverage: 2m);
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
                    var price = target.LimitPrice!.Value + (target.Request!.Side == OrderSide.Buy ? 1m : -1m);
                    sim.Send(new RequestReplace(target.ClientOrderId, target.Quantity + 5m, price, null) { Instrument = Spx });
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
    /// Everything that must not depend on delivery: per order its terms, status, fills and settlement; for the account
    /// cash, fees, positions, holds and which trades and orders it saw. (How an average-cost ledger splits P&amp;L
    /// between realized and cost basis depends on the order in which fills of different orders are booked, which no
    /// network promises; the ledger identity ties both to cash and is checked separately.)
    /// </summary>
    private static string Snapshot(FlowSimulation sim)
    {
        var text = new StringBuilder();
        foreach (var o in sim.Orders.Values.OrderBy(o => o.ClientOrderId.Value, StringComparer.Ordinal))
        {
            var order = o.Order;
            text.AppendLine($"{o.ClientOrderId} {order.Status} q={order.Quantity} lim={order.LimitPrice} filled={order.FilledQuantity} " +
                            $"avg={order.AverageFillPrice} fees={order.Fees} code={order.RejectionCode} reserved={o.Reserved} released={o.Released} " +
                            $"reports={o.VenueReportsApplied} cancels={o.CancelAttempts} replaces={o.ReplaceAttempts} " +
                            $"fills=[{string.Join(",", o.Fills.Select(f => $"{f.TradeId}:{f.Quantity}@{f.Price}"))}] " +
                            $"booked=[{string.Join(",", o.BookedFills.Select(t => t.Value).Order(StringComparer.Ordinal))}]");
        }
        var account = sim.Account;
        text.AppendLine($"cash={account.CashIn("USD")} fees={account.Fees.GetValueOrDefault("USD")} position={account.PositionIn(Spx.Id)} " +
                        $"holds={account.Reservations.Count} " +
                        $"reserved=[{string.Join(",", account.ReservedOrders.Select(t => t.Value).Order(StringComparer.Ordinal))}] " +
                        $"trades=[{string.Join(",", account.AppliedTrades.Select(t => t.Value).Order(StringComparer.Ordinal))}]");
        return text.ToString();
    }

    private static bool Settled(FlowSimulation sim)
    {
        var account = sim.Account;
        var venueTrades = sim.VenueExecutions.Select(e => e.TradeId).ToList();
        var signed = sim.VenueExecutions.Sum(e => e.Side.Sign() * e.Quantity);
        return sim.OrderRefusals.Count == 0
               && sim.Orders.Values.All(o => o.CanPassivate)
               && account.Reservations.IsEmpty
               && venueTrades.Distinct().Count() == venueTrades.Count
               && account.AppliedTrades.SetEquals(venueTrades)
               && account.PositionIn(Spx.Id) == signed
               && account.CashIn("USD") + account.Positions.Values.Sum(p => p.CostBasis)
                  == account.Deposits["USD"] - account.Fees.GetValueOrDefault("USD") + account.RealizedPnl.GetValueOrDefault("USD");
    }

    [Property(MaxTest = 200)]
    public Property Lost_duplicated_reordered_and_late_messages_end_in_the_same_state_as_a_clean_run(PositiveInt seed, int[] codes)
    {
        var clean = Run(codes, seed.Get, chaos: null);
        var chaotic = Run(codes, seed.Get, new Random(seed.Get * 7919 + codes.Length));
        var cleanSnapshot = Snapshot(clean);
        var chaoticSnapshot = Snapshot(chaotic);
        return (cleanSnapshot == chaoticSnapshot).Label($"clean:\n{cleanSnapshot}\nchaotic:\n{chaoticSnapshot}")
            .And(Settled(clean).Label("the clean run settled every fill and hold"))
            .And(Settled(chaotic).Label("the chaotic run settled every fill and hold"))
            .And(clean.VenueJournal.SequenceEqual(chaotic.VenueJournal).Label("the venue journaled the same inputs"))
            .Classify(chaotic.Lost > 0, "messages lost")
            .Classify(chaotic.Duplicated > 0, "messages duplicated")
            .Classify(chaotic.Delayed > 0, "messages delivered late")
            .Classify(clean.VenueExecutions.Count > 0, "orders filled")
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
        Assert.NotEmpty(clean.VenueExecutions);
        Assert.Equal(Snapshot(clean), Snapshot(chaotic));
    }

    [Property(MaxTest = 30)]
    public bool Every_order_entity_rebuilds_its_state_from_its_journal_after_a_chaotic_run(PositiveInt seed, int[] codes)
    {
        var sim = Run(codes, seed.Get, new Random(seed.Get));
        return sim.Orders.All(kv =>
        {
            var replayed = sim.OrderJournal(kv.Key).Aggregate(OrderFlowState.Empty(kv.Key), (s, e) => s.Apply(e));
            return replayed.Version == kv.Value.Version && replayed.Outbox().SequenceEqual(kv.Value.Outbox())
                   && replayed.Fills.SequenceEqual(kv.Value.Fills) && replayed.Order.Status == kv.Value.Order.Status;
        });
    }

    [Property(MaxTest = 30)]
    public bool Replaying_the_venue_journal_after_a_chaotic_run_reproduces_every_report(PositiveInt seed, int[] codes)
    {
        var sim = Run(codes, seed.Get, new Random(seed.Get));
        var replayed = new VenueSession(Spx, FillModel);
        foreach (var input in sim.VenueJournal) replayed.Apply(input);
        return sim.Orders.Keys.All(id => sim.Venue.ReportsFor(id, 0).SequenceEqual(replayed.ReportsFor(id, 0)))
               && replayed.WorkingOrders == sim.Venue.WorkingOrders;
    }
}
