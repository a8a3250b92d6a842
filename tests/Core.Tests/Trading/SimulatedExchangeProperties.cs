using FsCheck.Xunit;
using Hive.Core.Ids;
using Hive.Core.Trading;

namespace Hive.Core.Tests.Trading;

/// <summary>
/// Random sessions on a simulated venue (limits, markets, IOC, FOK, post-only, stops, trailing stops,
/// cancels, replaces and outside prices from two accounts), with every venue report fed to the real
/// order aggregate: the venue must never report something the order state machine refuses.
/// </summary>
public class SimulatedExchangeProperties
{
    private static readonly AccountId[] Accounts = [new("alice"), new("bob")];

    private static (List<string> Refusals, Dictionary<ClientOrderId, OrderState> Orders, List<Execution> Executions) Run(int[] codes) => Run(codes, new HashSet<OrderStatus>());

    private static (List<string> Refusals, Dictionary<ClientOrderId, OrderState> Orders, List<Execution> Executions) Run(int[] codes, HashSet<OrderStatus> seen)
    {
        var venue = new SimulatedExchange("SIM", new FeeSchedule(0.0001m, 0.0005m));
        venue.AddInstrument(TestData.Spx);
        var orders = new Dictionary<ClientOrderId, OrderState>();
        var refusals = new List<string>();
        var executions = new List<Execution>();
        void Feed(VenueOutput output)
        {
            executions.AddRange(output.Executions);
            foreach (var update in output.OrderUpdates)
            {
                var decision = orders[update.ClientOrderId].Decide(update, TestData.Now);
                if (decision.Rejection is { } bad) { refusals.Add($"{update}: {bad}"); continue; }
                orders[update.ClientOrderId] = TestData.Fold(orders[update.ClientOrderId], decision.Events);
                seen.Add(orders[update.ClientOrderId].Status);
            }
        }

        for (var i = 0; i < codes.Length; i++)
        {
            var u = (uint)codes[i];
            var kind = u % 12;
            var side = (u / 12 % 2) == 0 ? OrderSide.Buy : OrderSide.Sell;
            var price = 95m + u / 24 % 11;
            var quantity = 1 + u / 264 % 9;
            var account = Accounts[u / 2376 % 2];
            var target = new ClientOrderId($"o{(i == 0 ? 0 : (int)(u / 4752 % (uint)i))}");
            var id = new ClientOrderId($"o{i}");
            OrderRequest? request = kind switch
            {
                0 or 1 or 2 => new OrderRequest(id, account, TestData.Spx.Id, side, OrderType.Limit, quantity, LimitPrice: price),
                3 => new OrderRequest(id, account, TestData.Spx.Id, side, OrderType.Market, quantity, TimeInForce: TimeInForce.Ioc),
                4 => new OrderRequest(id, account, TestData.Spx.Id, side, OrderType.Limit, quantity, LimitPrice: price, TimeInForce: TimeInForce.Ioc),
                5 => new OrderRequest(id, account, TestData.Spx.Id, side, OrderType.Limit, quantity, LimitPrice: price, TimeInForce: TimeInForce.Fok),
                6 => new OrderRequest(id, account, TestData.Spx.Id, side, OrderType.Limit, quantity, LimitPrice: price, PostOnly: true),
                7 => new OrderRequest(id, account, TestData.Spx.Id, side, OrderType.Stop, quantity, StopPrice: price),
                8 => new OrderRequest(id, account, TestData.Spx.Id, side, OrderType.TrailingStop, quantity, TrailingOffset: 2m),
                _ => null,
            };
            if (request is not null)
            {
                var state = OrderState.Empty(id);
                orders[id] = TestData.Fold(state, state.Decide(new SubmitOrder(request, TestData.Spx), TestData.Now).Events);
                Feed(venue.Submit(request, TestData.Now));
            }
            else if (kind == 9 && orders.TryGetValue(target, out var toCancel))
            {
                var decision = toCancel.Decide(new CancelOrder(target), TestData.Now);
                if (decision.IsRejected) continue; // finished orders cannot be cancelled; the aggregate said so
                orders[target] = TestData.Fold(toCancel, decision.Events);
                seen.Add(orders[target].Status);
                Feed(venue.Cancel(target, TestData.Now));
            }
            else if (kind == 10 && orders.TryGetValue(target, out var toReplace) && toReplace.LimitPrice is not null)
            {
                var newQuantity = toReplace.FilledQuantity + quantity;
                var decision = toReplace.Decide(new ReplaceOrder(target, TestData.Spx, newQuantity, price), TestData.Now);
                if (decision.IsRejected) continue;
                orders[target] = TestData.Fold(toReplace, decision.Events);
                seen.Add(orders[target].Status);
                Feed(venue.Replace(target, newQuantity, price, null, TestData.Now));
            }
            else Feed(venue.OnMarketPrice(TestData.Spx.Id, price, TestData.Now));
        }
        return (refusals, orders, executions);
    }

    [Property(MaxTest = 300)]
    public bool The_order_state_machine_accepts_every_report_the_venue_makes(int[] codes) => Run(codes).Refusals.Count == 0;

    [Property(MaxTest = 200)]
    public bool Each_orders_filled_quantity_is_the_sum_of_its_executions_and_never_exceeds_its_quantity(int[] codes)
    {
        var (_, orders, executions) = Run(codes);
        return orders.Values.All(o =>
            o.FilledQuantity == executions.Where(e => e.ClientOrderId == o.ClientOrderId).Sum(e => e.Quantity) &&
            o.FilledQuantity <= o.Quantity);
    }

    [Property(MaxTest = 200)]
    public bool Every_trade_has_a_buyer_and_a_seller_of_the_same_size_and_price(int[] codes)
    {
        var (_, _, executions) = Run(codes);
        var buys = executions.Where(e => e.Side == OrderSide.Buy).Select(e => (e.Quantity, e.Price)).Order().ToList();
        var sells = executions.Where(e => e.Side == OrderSide.Sell).Select(e => (e.Quantity, e.Price)).Order().ToList();
        return buys.SequenceEqual(sells) && executions.Select(e => e.TradeId).Distinct().Count() == executions.Count;
    }

    [Fact]
    public void A_long_seeded_session_reaches_every_outcome_without_a_refusal()
    {
        var random = new Random(7);
        var reached = new HashSet<OrderStatus>();
        var (refusals, _, executions) = Run(Enumerable.Range(0, 3000).Select(_ => random.Next()).ToArray(), reached);
        Assert.Empty(refusals);
        Assert.True(executions.Count > 100, $"only {executions.Count} executions");
        foreach (var status in new[] { OrderStatus.Accepted, OrderStatus.Triggered, OrderStatus.PartiallyFilled, OrderStatus.PendingCancel, OrderStatus.PendingReplace, OrderStatus.Filled, OrderStatus.Cancelled, OrderStatus.Rejected })
            Assert.True(reached.Contains(status), $"{status} never reached; reached {string.Join(", ", reached)}");
    }
}
