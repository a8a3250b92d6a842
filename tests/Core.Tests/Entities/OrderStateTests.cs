using Hive.Core.Domain;
using Hive.Core.Entities.Orders;
using Hive.Core.Ids;
using static Hive.Core.Tests.Entities.EntityClock;

namespace Hive.Core.Tests.Entities;

public class OrderStateTests
{
    private static readonly ClientOrderId Oid = new("O-1");
    private static readonly AccountId Acc = new("ACC-1");
    private static readonly InstrumentId Spx = new("SIM", "SPX");
    private static readonly CreateOrder Create = new(Oid, Acc, Spx, OrderSide.Buy, 10m, 4500.25m);

    private sealed record AmendOrder(ClientOrderId OrderId) : OrderCommand(OrderId);

    private sealed record OrderAudited(ClientOrderId OrderId) : OrderEvent("x:1", Now, Now, OrderId);

    private static (OrderState State, Decision<OrderEvent> Decision) Run(OrderState state, OrderCommand command, DateTime? at = null)
    {
        var decision = state.Decide(command, at ?? Now);
        return (decision.Events.Aggregate(state, (s, e) => s.Apply(e)), decision);
    }

    private static OrderState Created() => Run(OrderState.Empty(Oid), Create).State;

    [Fact]
    public void Empty_order_does_not_exist_yet()
    {
        var state = OrderState.Empty(Oid);
        Assert.Equal(OrderStatus.None, state.Status);
        Assert.Equal(0, state.Version);
        Assert.Null(state.AccountId);
        Assert.Null(state.CreatedAt);
    }

    [Fact]
    public void Create_emits_order_created_and_apply_opens_the_order()
    {
        var (state, decision) = Run(OrderState.Empty(Oid), Create, At(7));

        var created = DecisionAssert.SingleEvent<OrderEvent, OrderCreated>(decision);
        Assert.Equal(new OrderCreated("O-1:1", At(7), At(7), Oid, Acc, Spx, OrderSide.Buy, 10m, 4500.25m), created);
        Assert.Equal(OrderStatus.Open, state.Status);
        Assert.Equal(1, state.Version);
        Assert.Equal(Acc, state.AccountId);
        Assert.Equal(Spx, state.InstrumentId);
        Assert.Equal(OrderSide.Buy, state.Side);
        Assert.Equal(10m, state.Quantity);
        Assert.Equal(4500.25m, state.LimitPrice);
        Assert.Equal(At(7), state.CreatedAt);
        Assert.Null(state.CancelReason);
    }

    [Fact]
    public void Market_order_without_limit_price_is_accepted()
    {
        var (state, decision) = Run(OrderState.Empty(Oid), Create with { LimitPrice = null, Side = OrderSide.Sell });
        Assert.Null(DecisionAssert.SingleEvent<OrderEvent, OrderCreated>(decision).LimitPrice);
        Assert.Null(state.LimitPrice);
        Assert.Equal(OrderSide.Sell, state.Side);
    }

    [Fact]
    public void Duplicate_create_with_same_client_order_id_and_terms_changes_nothing()
    {
        var state = Created();
        DecisionAssert.AlreadyApplied(state.Decide(Create, At(1)));
        DecisionAssert.AlreadyApplied(state.Decide(Create with { Quantity = 10.000m }, At(1)));
    }

    [Fact]
    public void Duplicate_create_after_cancel_is_still_the_same_order()
    {
        var (cancelled, _) = Run(Created(), new CancelOrder(Oid, "user"));
        DecisionAssert.AlreadyApplied(cancelled.Decide(Create, Now));
        Assert.Equal(OrderStatus.Cancelled, cancelled.Status);
    }

    public static TheoryData<CreateOrder> DifferentTerms() =>
    [
        Create with { AccountId = new AccountId("ACC-2") },
        Create with { InstrumentId = new InstrumentId("SIM", "NDX") },
        Create with { Side = OrderSide.Sell },
        Create with { Quantity = 11m },
        Create with { LimitPrice = 4500.26m },
        Create with { LimitPrice = null },
    ];

    [Theory]
    [MemberData(nameof(DifferentTerms))]
    public void Reusing_a_client_order_id_for_different_terms_is_refused(CreateOrder other)
    {
        var rejection = DecisionAssert.Rejected(Created().Decide(other, Now), "duplicate-client-order-id");
        Assert.Contains("O-1", rejection.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Non_positive_quantity_is_refused(decimal quantity)
    {
        var rejection = DecisionAssert.Rejected(OrderState.Empty(Oid).Decide(Create with { Quantity = quantity }, Now), "non-positive-quantity");
        Assert.Contains("quantity", rejection.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.01)]
    public void Non_positive_limit_price_is_refused(decimal price)
    {
        DecisionAssert.Rejected(OrderState.Empty(Oid).Decide(Create with { LimitPrice = price }, Now), "non-positive-price");
    }

    [Fact]
    public void Order_without_account_is_refused()
    {
        DecisionAssert.Rejected(OrderState.Empty(Oid).Decide(Create with { AccountId = default }, Now), "missing-account");
    }

    [Fact]
    public void A_refused_create_leaves_the_client_order_id_free()
    {
        var empty = OrderState.Empty(Oid);
        DecisionAssert.Rejected(empty.Decide(Create with { Quantity = 0m }, Now), "non-positive-quantity");
        DecisionAssert.SingleEvent<OrderEvent, OrderCreated>(empty.Decide(Create, Now));
    }

    [Fact]
    public void Cancel_emits_order_cancelled_and_apply_records_the_reason()
    {
        var (state, decision) = Run(Created(), new CancelOrder(Oid, "user asked"), At(9));

        var cancelled = DecisionAssert.SingleEvent<OrderEvent, OrderCancelled>(decision);
        Assert.Equal(new OrderCancelled("O-1:2", At(9), At(9), Oid, "user asked"), cancelled);
        Assert.Equal(OrderStatus.Cancelled, state.Status);
        Assert.Equal("user asked", state.CancelReason);
        Assert.Equal(2, state.Version);
        Assert.Equal(10m, state.Quantity);
    }

    [Fact]
    public void Cancelling_twice_changes_nothing()
    {
        var (state, _) = Run(Created(), new CancelOrder(Oid, "first"));
        DecisionAssert.AlreadyApplied(state.Decide(new CancelOrder(Oid, "second"), Now));
        Assert.Equal("first", state.CancelReason);
    }

    [Fact]
    public void Cancelling_an_order_that_was_never_created_is_refused_as_unknown_order()
    {
        var rejection = DecisionAssert.Rejected(OrderState.Empty(Oid).Decide(new CancelOrder(Oid, "user"), Now), "unknown-order");
        Assert.Contains("O-1", rejection.Message);
    }

    [Fact]
    public void Command_for_another_order_is_refused_as_wrong_entity()
    {
        var other = new ClientOrderId("O-2");
        var state = Created();
        foreach (var command in new OrderCommand[] { Create with { OrderId = other }, new CancelOrder(other, "x") })
        {
            var rejection = DecisionAssert.Rejected(state.Decide(command, Now), "wrong-entity");
            Assert.Contains("O-2", rejection.Message);
        }
    }

    [Fact]
    public void Command_the_order_does_not_know_is_refused_not_thrown()
    {
        DecisionAssert.Rejected(Created().Decide(new AmendOrder(Oid), Now), "unknown-command");
    }

    [Fact]
    public void Applying_an_event_the_order_does_not_know_is_a_programming_error()
    {
        Assert.Throws<InvalidOperationException>(() => OrderState.Empty(Oid).Apply(new OrderAudited(Oid)));
    }

    [Fact]
    public void Order_can_always_passivate_because_its_state_is_in_the_journal()
    {
        Assert.True(OrderState.Empty(Oid).CanPassivate);
        Assert.True(Created().CanPassivate);
        Assert.True(Run(Created(), new CancelOrder(Oid, "x")).State.CanPassivate);
    }
}
