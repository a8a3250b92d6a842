using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.OrderFlow;
using Hive.Core.Orders;
using Hive.Core.Risk;
using Hive.Core.Tests.Support;

namespace Hive.Core.Tests.Risk;

/// <summary>An instrument's circuit breaker on event time, with exact numbers: a move beyond the band within the window
/// trips it, orders are denied until the cool-off ends, and trading resumes from the price that tripped it.</summary>
public class CircuitBreakerTests
{
    private static readonly DateTime T0 = TestData.Now;
    private static readonly InstrumentId Spx = TestData.Spx.Id;

    [Fact]
    public void A_move_beyond_the_band_within_the_window_halts_trading_until_the_cool_off_ends()
    {
        var breaker = CircuitBreaker.For(CircuitBreakerRule.Stock)
            .Observe(T0, 100m)
            .Observe(T0.AddMinutes(1), 105m);
        Assert.False(breaker.IsHalted(T0.AddMinutes(1)));
        // 94.40 is 10.1% below 105 (and only 5.6% below 100): beyond the 10% band.
        breaker = breaker.Observe(T0.AddMinutes(2), 94.40m);
        Assert.Equal(T0.AddMinutes(7), breaker.HaltedUntil);
        var denied = breaker.Check(Spx, T0.AddMinutes(3));
        Assert.Equal(RiskDenials.CircuitBreaker, denied?.Code);
        Assert.True(RiskDenials.Denies(denied!.Code));
        Assert.Contains("94.40 is -10.1% from 105", denied.Message);
        Assert.Contains("SIM:SPX", denied.Message);
        // The cool-off ends at T0 + 7 min: trading again, measured from 94.40 (100 is 5.9% above it).
        Assert.Null(breaker.Check(Spx, T0.AddMinutes(7)));
        var resumed = breaker.Observe(T0.AddMinutes(8), 100m);
        Assert.Null(resumed.HaltedUntil);
        Assert.Null(resumed.Check(Spx, T0.AddMinutes(8)));
    }

    [Fact]
    public void A_move_from_a_price_older_than_the_window_does_not_trip_it()
    {
        var breaker = CircuitBreaker.For(CircuitBreakerRule.Stock).Observe(T0, 100m).Observe(T0.AddMinutes(6), 111m);
        Assert.False(breaker.IsHalted(T0.AddMinutes(6)));
        Assert.Equal([111m], breaker.Recent.Select(p => p.Price));
    }

    [Fact]
    public void Each_asset_class_has_its_own_band_and_crypto_moves_further_before_it_trips()
    {
        Assert.Equal(0.20m, CircuitBreakerRule.For(AssetClass.Crypto).MaxMove);
        Assert.Equal(0.05m, CircuitBreakerRule.For(AssetClass.Forex).MaxMove);
        var crypto = CircuitBreaker.For(CircuitBreakerRule.Crypto).Observe(T0, 100m).Observe(T0.AddMinutes(1), 115m);
        Assert.False(crypto.IsHalted(T0.AddMinutes(1)));
        var stock = CircuitBreaker.For(CircuitBreakerRule.Stock).Observe(T0, 100m).Observe(T0.AddMinutes(1), 115m);
        Assert.True(stock.IsHalted(T0.AddMinutes(1)));
        Assert.Contains("coolOff", new CircuitBreakerRule(0.1m, TimeSpan.FromMinutes(1), TimeSpan.Zero).Invalid());
    }

    [Fact]
    public void The_breaker_keeps_a_bounded_number_of_prices()
    {
        var breaker = CircuitBreaker.For(CircuitBreakerRule.Stock);
        for (var i = 0; i < 1_000; i++) breaker = breaker.Observe(T0.AddMilliseconds(i), 100m + i % 2);
        Assert.Equal(CircuitBreaker.Kept, breaker.Recent.Count());
        Assert.False(breaker.IsHalted(T0.AddSeconds(1)));
    }

    [Fact]
    public void The_venue_feeds_its_breaker_with_each_bar_and_denies_a_new_order_while_it_holds()
    {
        var session = new VenueSession(TestData.Spx);
        session.Handle(new ApplyBar(new Bar(Spx, T0, BarInterval.OneMinute, 100m, 112m, 100m, 112m, 1_000m)), T0.AddDays(1));
        // 100 to 112 within the bar is 12%, beyond the stock band of 10%.
        Assert.Equal(T0.AddMinutes(6), session.Status.HaltedUntil);
        var step = session.Handle(new RouteOrder(TestData.Limit("o1", OrderSide.Buy, 1, 112m), 0), T0.AddDays(1));
        var report = Assert.Single(step.Answer!.Reports);
        Assert.IsType<DenyOrder>(report.ToCommand(new ClientOrderId("o1")));
        Assert.Equal(RiskDenials.CircuitBreaker, report.Code);
        // The 5-minute cool-off runs from the close at T0 + 1 min: the bar opening at T0 + 6 min trades again.
        session.Handle(new ApplyBar(new Bar(Spx, T0.AddMinutes(6), BarInterval.OneMinute, 112m, 112m, 111m, 111m, 1_000m)), T0.AddDays(1));
        Assert.Null(session.Status.HaltedUntil);
    }
}
