using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.Core.Tests.Support;
using static Hive.Core.Tests.OrderFlow.FlowData;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Core.Tests.OrderFlow;

/// <summary>What the account entity sends once a flow command's events are stored.</summary>
public class AccountAnswersTests
{
    private static readonly OrderRequest Buy = OrderRequest.Limit(Id("o1"), Account, Spx.Id, OrderSide.Buy, 10m, 100m);
    private static readonly ReserveBuyingPower Reserve = new(Buy, "USD", 100m, FeeRate);

    private static (AccountState After, IReadOnlyList<IHiveMessage>? Answers) Run(AccountState account, IAccountCommand command)
    {
        var decision = account.Decide(command, Now);
        var after = TestData.Fold(account, decision.Events);
        return (after, AccountAnswers.For(command, decision.Rejection, after));
    }

    [Fact]
    public void A_granted_hold_is_forwarded_to_the_venue_as_the_orders_first_route()
    {
        var (_, answers) = Run(TestData.OpenAccount(AccountType.Cash, 10_000m), Reserve);
        Assert.Equal(new RouteOrder(Buy, 0), Assert.Single(answers!));
    }

    [Fact]
    public void A_repeated_reserve_routes_again_while_the_hold_is_open_and_not_once_it_closed()
    {
        var held = Run(TestData.OpenAccount(AccountType.Cash, 10_000m), Reserve).After;
        // The first route may have been lost on its way to the venue.
        Assert.Equal(new RouteOrder(Buy, 0), Assert.Single(Run(held, Reserve).Answers!));

        var released = held.Do(new ReleaseReservation(Account, Buy.ClientOrderId, "Cancelled"));
        Assert.Empty(Run(released, Reserve).Answers!);
    }

    [Fact]
    public void A_refused_hold_goes_back_to_the_order_with_the_accounts_code()
    {
        var (_, answers) = Run(TestData.OpenAccount(AccountType.Cash, 100m), Reserve);
        var refused = Assert.IsType<ReservationRefused>(Assert.Single(answers!));
        Assert.Equal((Buy.ClientOrderId, TradingRejections.InsufficientBuyingPower), (refused.OrderId, refused.Code));
        Assert.Contains("1001", refused.Message);
    }

    [Fact]
    public void A_booking_is_confirmed_with_its_fill_number_and_the_account_version_that_includes_it()
    {
        var held = Run(TestData.OpenAccount(AccountType.Cash, 10_000m), Reserve).After;
        var fill = TestData.Fill("o1-1", "o1", OrderSide.Buy, 4m, 100m);
        var (after, answers) = Run(held, new BookExecution(fill, 1));
        Assert.Equal(new FillBooked(Buy.ClientOrderId, fill.TradeId, 1, after.Version), Assert.Single(answers!));

        // A repeat is confirmed too, at the current version (which includes the fill).
        Assert.Equal(new FillBooked(Buy.ClientOrderId, fill.TradeId, 1, after.Version), Assert.Single(Run(after, new BookExecution(fill, 1)).Answers!));
    }

    [Fact]
    public void A_fill_that_overtook_an_earlier_one_is_answered_out_of_order_so_the_order_sends_it_again()
    {
        var held = Run(TestData.OpenAccount(AccountType.Cash, 10_000m), Reserve).After;
        var (after, answers) = Run(held, new BookExecution(TestData.Fill("o1-2", "o1", OrderSide.Buy, 4m, 100m), 2));
        Assert.Equal(TradingRejections.FillOutOfOrder, Assert.IsType<FillBooked>(Assert.Single(answers!)).RefusedCode);
        Assert.Equal(held.Version, after.Version);
    }

    [Fact]
    public void A_release_is_confirmed_whether_or_not_anything_was_held()
    {
        var account = TestData.OpenAccount(AccountType.Cash, 10_000m);
        var release = new ReleaseReservation(Account, Buy.ClientOrderId, "Rejected");
        Assert.Equal(new ReleaseConfirmed(Buy.ClientOrderId), Assert.Single(Run(account, release).Answers!));
        Assert.Equal(new ReleaseConfirmed(Buy.ClientOrderId), Assert.Single(Run(Run(account, Reserve).After, release).Answers!));
    }

    [Fact]
    public void Commands_outside_the_order_flow_get_the_generic_reply()
    {
        Assert.Null(AccountAnswers.For(new DepositFunds(Account, "t9", "USD", 5m), null, TestData.OpenAccount(AccountType.Cash, 1m)));
    }
}
