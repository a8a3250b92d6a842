using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Strategies;
using Hive.Core.Tests.Support;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies;

public class StrategyRuntimeTests
{
    private static readonly StrategyId Sid = new("S-1");
    private static readonly Instrument Spx = TestData.Spx;
    private static readonly DateTime Day1 = new(2024, 3, 4, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A strategy that runs whatever the test puts in <see cref="OnNextBar"/> and records what it is told.</summary>
    private sealed class ScriptedStrategy : IStrategy
    {
        public Action<IStrategyContext, Bar>? OnNextBar { get; set; }
        public List<Execution> Fills { get; } = new();
        public List<string> Calls { get; } = new();

        public void OnStart(IStrategyContext context) => Calls.Add("start");

        public void OnBar(IStrategyContext context, Bar bar)
        {
            Calls.Add($"bar {bar.Close}");
            var action = OnNextBar;
            OnNextBar = null;
            action?.Invoke(context, bar);
        }

        public void OnFill(IStrategyContext context, Execution fill) => Fills.Add(fill);

        public void OnStop(IStrategyContext context) => Calls.Add("stop");
    }

    private sealed class Host
    {
        public Host()
        {
            Runtime = new StrategyRuntime(Sid, TestData.Account, Strategy, InstrumentCatalog.Default, Submit, id =>
            {
                Cancelled.Add(id);
                return true;
            }, (_, _) => throw new NotSupportedException("these tests hand no target to an algorithm"));
        }

        public ScriptedStrategy Strategy { get; } = new();
        public StrategyRuntime Runtime { get; }
        public List<(OrderRequest Request, decimal Reference)> Submitted { get; } = new();
        public List<ClientOrderId> Cancelled { get; } = new();

        // As the strategy entity: the next id, recorded and tracked before the ticket is returned.
        private OrderTicket Submit(StrategyOrder order, decimal reference)
        {
            var request = order.ToRequest(new ClientOrderId($"{Sid}-{Submitted.Count + 1}"), TestData.Account, Sid);
            Submitted.Add((request, reference));
            Runtime.Track(request);
            return new OrderTicket(request.ClientOrderId, null);
        }

        public OrderTicket SubmitOnBar(Bar bar, StrategyOrder order)
        {
            OrderTicket? ticket = null;
            Strategy.OnNextBar = (context, _) => ticket = context.Submit(order);
            Runtime.OnBar(bar);
            return ticket!;
        }
    }

    private static Bar Bar(int day, decimal close) => new(Spx.Id, Day1.AddDays(day), BarInterval.OneDay, close, close, close, close, 1_000m);

    private static readonly StrategyOrder Buy10 = StrategyOrder.Market(Spx.Id, OrderSide.Buy, 10m);

    private static OrderState Accepted(OrderRequest request) =>
        OrderState.Empty(request.ClientOrderId).Do(new SubmitOrder(request, Spx)).Do(new AcceptOrder(request.ClientOrderId, new VenueOrderId("SIM-1")));

    private static Execution Fill(OrderRequest request, string trade, decimal quantity, decimal price) =>
        new(new TradeId(trade), request.ClientOrderId, request.AccountId, request.InstrumentId, request.Side, quantity, price, "USD", 0m, "USD",
            LiquiditySide.Taker, Day1);

    private static AccountState Funded(decimal cash) => TestData.OpenAccount(AccountType.Cash, cash);

    /// <summary>The account after it held for the order and booked its fills (fill numbers 1, 2, ...), one version per step.</summary>
    private static AccountState Booked(AccountState account, OrderRequest request, params Execution[] fills)
    {
        account = account.Do(new ReserveBuyingPower(request, "USD", 100m));
        for (var n = 0; n < fills.Length; n++) account = account.Do(new BookExecution(fills[n], n + 1));
        return account;
    }

    [Fact]
    public void A_submit_gets_its_id_from_the_host_and_a_market_order_is_sized_at_the_last_close()
    {
        var host = new Host();
        var first = host.SubmitOnBar(Bar(0, 101.5m), Buy10);
        var second = host.SubmitOnBar(Bar(1, 102m), StrategyOrder.Limit(Spx.Id, OrderSide.Buy, 1m, 99m));

        Assert.Equal((new ClientOrderId("S-1-1"), new ClientOrderId("S-1-2")), (first.ClientOrderId, second.ClientOrderId));
        Assert.False(first.IsRejected);
        Assert.Equal([101.5m, 99m], host.Submitted.Select(s => s.Reference));
        Assert.Equal((Sid, TestData.Account), (host.Submitted[0].Request.StrategyId!.Value, host.Submitted[0].Request.AccountId));
        Assert.Equal(["start", "bar 101.5", "bar 102"], host.Strategy.Calls);
        Assert.Equal((Bar(1, 102m).CloseTime, 2L), (host.Runtime.UtcNow, host.Runtime.BarsSeen));
    }

    [Fact]
    public void A_tracked_order_is_open_until_an_update_says_it_is_finished()
    {
        var host = new Host();
        var id = host.SubmitOnBar(Bar(0, 100m), Buy10).ClientOrderId;
        var request = host.Submitted[0].Request;
        Assert.Equal(id, Assert.Single(host.Runtime.OpenOrders(Spx.Id)).ClientOrderId);
        Assert.Empty(host.Runtime.OpenOrders(new InstrumentId("SIMX", "BTC-USDT")));

        var accepted = Accepted(request);
        host.Runtime.OnOrderUpdate(accepted, [], []);
        Assert.Equal(OrderStatus.Accepted, Assert.Single(host.Runtime.OpenOrders()).Status);

        var fill = Fill(request, "t1", 10m, 100m);
        host.Runtime.OnOrderUpdate(accepted.Do(fill.ToFillOrder()), [fill], [4]);
        Assert.Empty(host.Runtime.OpenOrders());
        Assert.Equal(OrderStatus.Filled, host.Runtime.GetOrder(id)!.Status);
    }

    [Fact]
    public void An_update_older_than_the_one_held_is_ignored()
    {
        var host = new Host();
        host.SubmitOnBar(Bar(0, 100m), Buy10);
        var request = host.Submitted[0].Request;
        var accepted = Accepted(request);
        var fill = Fill(request, "t1", 10m, 100m);
        var filled = accepted.Do(fill.ToFillOrder());

        host.Runtime.OnOrderUpdate(filled, [fill], [4]);
        host.Runtime.OnOrderUpdate(accepted, [], []);
        host.Runtime.OnOrderUpdate(filled, [fill], [4]);
        Assert.Equal(OrderStatus.Filled, host.Runtime.GetOrder(request.ClientOrderId)!.Status);
        Assert.Single(host.Strategy.Fills);
    }

    [Fact]
    public void A_booked_fill_is_in_the_account_view_before_the_account_reports_it_and_not_twice_after()
    {
        var host = new Host();
        host.Runtime.OnAccount(Funded(10_000m));
        host.SubmitOnBar(Bar(0, 100m), Buy10);
        var request = host.Submitted[0].Request;
        var fill = Fill(request, "S-1-1-1", 10m, 100m);
        var booked = Booked(Funded(10_000m), request, fill);
        host.Runtime.OnOrderUpdate(Accepted(request).Do(fill.ToFillOrder()), [fill], [booked.Version]);

        Assert.Equal((10m, 9_000m), (host.Runtime.PositionOf(Spx.Id), host.Runtime.CashIn("USD")));
        Assert.Equal(fill, Assert.Single(host.Strategy.Fills));

        // A view older than the booking does not include it: the view keeps it.
        host.Runtime.OnAccount(Funded(10_000m).Do(new DepositFunds(TestData.Account, "t2", "USD", 1m)));
        Assert.Equal((10m, 9_001m), (host.Runtime.PositionOf(Spx.Id), host.Runtime.CashIn("USD")));

        // One at or after the booking's version does: taken as reported, not added again.
        host.Runtime.OnAccount(booked);
        Assert.Equal((10m, 9_000m), (host.Runtime.PositionOf(Spx.Id), host.Runtime.CashIn("USD")));
        Assert.Same(booked, host.Runtime.Account);
    }

    [Fact]
    public void A_fill_the_account_reported_before_the_order_did_is_not_counted_twice()
    {
        var host = new Host();
        host.SubmitOnBar(Bar(0, 100m), Buy10);
        var request = host.Submitted[0].Request;
        var fill = Fill(request, "S-1-1-1", 10m, 100m);
        var booked = Booked(Funded(10_000m), request, fill);
        host.Runtime.OnAccount(booked);

        host.Runtime.OnOrderUpdate(Accepted(request).Do(fill.ToFillOrder()), [fill], [booked.Version]);
        Assert.Equal((10m, 9_000m), (host.Runtime.PositionOf(Spx.Id), host.Runtime.CashIn("USD")));
        Assert.Single(host.Strategy.Fills);
    }

    [Fact]
    public void The_view_is_the_reported_account_plus_exactly_the_fills_booked_after_its_version()
    {
        var host = new Host();
        host.SubmitOnBar(Bar(0, 100m), StrategyOrder.Market(Spx.Id, OrderSide.Buy, 10m));
        var request = host.Submitted[0].Request;
        var fill1 = Fill(request, "S-1-1-1", 4m, 100m);
        var fill2 = Fill(request, "S-1-1-2", 6m, 101m);
        var afterFirst = Booked(Funded(10_000m), request, fill1);
        var afterBoth = Booked(Funded(10_000m), request, fill1, fill2);
        var order = Accepted(request).Do(fill1.ToFillOrder());

        host.Runtime.OnOrderUpdate(order, [fill1], [afterFirst.Version]);
        host.Runtime.OnOrderUpdate(order.Do(fill2.ToFillOrder()), [fill1, fill2], [afterFirst.Version, afterBoth.Version]);
        Assert.Equal([fill1, fill2], host.Strategy.Fills);

        // The account as it stood after the first booking: the view adds the second only.
        host.Runtime.OnAccount(afterFirst);
        Assert.Equal((10m, 10_000m - 400m - 606m), (host.Runtime.PositionOf(Spx.Id), host.Runtime.CashIn("USD")));
        host.Runtime.OnAccount(afterBoth);
        Assert.Same(afterBoth, host.Runtime.Account);
        // An update told again (the strategy placed the order again) reports nothing new.
        host.Runtime.OnOrderUpdate(order.Do(fill2.ToFillOrder()), [fill1, fill2], [afterFirst.Version, afterBoth.Version]);
        Assert.Equal(2, host.Strategy.Fills.Count);
        Assert.Equal(10m, host.Runtime.PositionOf(Spx.Id));
    }

    [Fact]
    public void Finished_orders_are_listed_for_the_host_to_close_and_forgotten_once_closed()
    {
        var host = new Host();
        var first = host.SubmitOnBar(Bar(0, 100m), Buy10).ClientOrderId;
        var second = host.SubmitOnBar(Bar(1, 100m), Buy10).ClientOrderId;
        var fill = Fill(host.Submitted[0].Request, "S-1-1-1", 10m, 100m);
        host.Runtime.OnOrderUpdate(Accepted(host.Submitted[0].Request).Do(fill.ToFillOrder()), [fill], [4]);
        host.Runtime.OnOrderUpdate(Accepted(host.Submitted[1].Request), [], []);

        Assert.Equal([first], host.Runtime.Finished());
        host.Runtime.Forget([first]);
        Assert.Empty(host.Runtime.Finished());
        Assert.Null(host.Runtime.GetOrder(first));
        Assert.Equal(second, Assert.Single(host.Runtime.OpenOrders()).ClientOrderId);
    }

    [Fact]
    public void A_late_update_of_a_finished_order_the_host_already_forgot_tells_the_strategy_nothing_again()
    {
        var host = new Host();
        host.Runtime.OnAccount(Funded(10_000m));
        var id = host.SubmitOnBar(Bar(0, 100m), Buy10).ClientOrderId;
        var request = host.Submitted[0].Request;
        var fill = Fill(request, "S-1-1-1", 10m, 100m);
        var filled = Accepted(request).Do(fill.ToFillOrder());
        host.Runtime.OnOrderUpdate(filled, [fill], [4]);
        host.Runtime.Forget(host.Runtime.Finished());

        // A second copy of the update (the order answered two placements) arrives after the order was closed.
        host.Runtime.OnOrderUpdate(filled, [fill], [4]);
        Assert.Single(host.Strategy.Fills);
        Assert.Equal((10m, 9_000m), (host.Runtime.PositionOf(Spx.Id), host.Runtime.CashIn("USD")));
        Assert.Null(host.Runtime.GetOrder(id));
    }

    [Fact]
    public void An_account_report_for_another_account_is_ignored()
    {
        var host = new Host();
        host.Runtime.OnAccount(Funded(10_000m));
        host.Runtime.OnAccount(AccountState.Empty(new AccountId("someone-else")));
        Assert.Equal(10_000m, host.Runtime.CashIn("USD"));
    }

    [Fact]
    public void An_account_report_older_than_the_one_taken_is_ignored()
    {
        var host = new Host();
        var older = Funded(10_000m);
        var newer = older.Do(new DepositFunds(TestData.Account, "top-up", "USD", 5_000m));
        host.Runtime.OnAccount(newer);
        host.Runtime.OnAccount(older);
        Assert.Equal(15_000m, host.Runtime.CashIn("USD"));
    }

    [Fact]
    public void An_order_refused_outright_is_closed_but_a_later_refusal_does_not_undo_an_update()
    {
        var host = new Host();
        var id = host.SubmitOnBar(Bar(0, 100m), Buy10).ClientOrderId;
        var second = host.SubmitOnBar(Bar(1, 100m), Buy10).ClientOrderId;

        host.Runtime.OnOrderRefused(id, new Rejection(TradingRejections.MissingReferencePrice, "no price"));
        var refused = host.Runtime.GetOrder(id)!;
        Assert.Equal((OrderStatus.Rejected, TradingRejections.MissingReferencePrice), (refused.Status, refused.RejectionCode));
        Assert.False(host.Runtime.Cancel(id));

        // Once the order group has reported the order, its word stands.
        host.Runtime.OnOrderUpdate(Accepted(host.Submitted[1].Request), [], []);
        host.Runtime.OnOrderRefused(second, new Rejection("x", "late"));
        Assert.Equal(OrderStatus.Accepted, host.Runtime.GetOrder(second)!.Status);
        Assert.Equal(second, Assert.Single(host.Runtime.OpenOrders()).ClientOrderId);
    }

    [Fact]
    public void Cancel_goes_to_the_host_only_for_open_orders_the_strategy_knows()
    {
        var host = new Host();
        var id = host.SubmitOnBar(Bar(0, 100m), Buy10).ClientOrderId;
        Assert.False(host.Runtime.Cancel(new ClientOrderId("S-1-99")));
        Assert.True(host.Runtime.Cancel(id));
        Assert.Equal([id], host.Cancelled);
    }

    [Fact]
    public void Tracking_an_order_twice_keeps_the_newer_state()
    {
        var host = new Host();
        host.SubmitOnBar(Bar(0, 100m), Buy10);
        var request = host.Submitted[0].Request;
        host.Runtime.OnOrderUpdate(Accepted(request), [], []);
        host.Runtime.Track(request);
        Assert.Equal(OrderStatus.Accepted, host.Runtime.GetOrder(request.ClientOrderId)!.Status);
    }

    [Fact]
    public void The_strategy_is_started_before_its_first_bar_and_stopped_only_if_it_started()
    {
        var idle = new Host();
        idle.Runtime.Stop();
        Assert.Empty(idle.Strategy.Calls);

        var host = new Host();
        host.Runtime.OnBar(Bar(0, 100m));
        host.Runtime.OnBar(Bar(1, 101m));
        host.Runtime.Stop();
        Assert.Equal(["start", "bar 100", "bar 101", "stop"], host.Strategy.Calls);
    }

    [Fact]
    public void Instruments_come_from_the_catalog_and_an_unlisted_one_is_named()
    {
        var host = new Host();
        Assert.Equal(Spx, host.Runtime.InstrumentOf(Spx.Id));
        var error = Assert.Throws<ArgumentException>(() => host.Runtime.InstrumentOf(new InstrumentId("SIM", "NOPE")));
        Assert.Contains("SIM:NOPE", error.Message);
    }
}
