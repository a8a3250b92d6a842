using Hive.Core.Accounts;
using Hive.Core.Instruments;
using Hive.Core.Ids;
using Hive.Core.Orders;
using Hive.Core.Risk;
using Hive.Core.Tests.Support;

namespace Hive.Core.Tests.Risk;

/// <summary>Gross and net exposure as multiples of equity, and the loss rules (daily loss, drawdown from the high-water mark)
/// with exact numbers: equity is cash plus positions at the last prices the account saw.</summary>
public class ExposureAndLossRuleTests
{
    private static readonly DateTime Now = TestData.Now;
    private static readonly Instrument Aapl = Instrument.Stock("SIM", "AAPL");

    /// <summary>100,000 USD on margin (x4), all of it in 1,000 SPX bought at 100: equity 100,000, gross exposure 100,000.</summary>
    private static AccountState Invested(RiskLimits limits, AccountType type = AccountType.Margin) =>
        TestData.OpenAccount(type, 100_000m, leverage: type == AccountType.Margin ? 4m : 1m)
            .Do(new SetRiskLimits(TestData.Account, limits))
            .Do(TestData.Direct(TestData.Fill("t1", "seed", OrderSide.Buy, 1_000, 100m)));

    private static ReserveBuyingPower Reserve(OrderRequest order, decimal price, decimal? market = null) => new(order, "USD", price, MarketPrice: market ?? price);

    private static Hive.Core.Domain.Rejection? Decide(AccountState account, ReserveBuyingPower reserve, DateTime? at = null) =>
        account.Decide(reserve, at ?? Now).Rejection;

    [Fact]
    public void Gross_exposure_counts_every_position_at_its_last_price_against_equity()
    {
        var account = Invested(new RiskLimits { MaxGrossExposure = 2m });
        // 100,000 SPX + 1,500 x 100 AAPL = 250,000 = 2.5 x 100,000.
        var denied = Decide(account, Reserve(TestData.Limit("big", OrderSide.Buy, 1_500, 100m, Aapl), 100m));
        Assert.Equal(RiskDenials.MaxGrossExposure, denied?.Code);
        Assert.Contains("250000", denied!.Message);
        Assert.Contains("2.5 x", denied.Message);
        Assert.Contains("100000", denied.Message);
        // 200,000 = 2 x: on the limit, taken.
        Assert.Null(Decide(account, Reserve(TestData.Limit("edge", OrderSide.Buy, 1_000, 100m, Aapl), 100m)));

        // The venue's 80 seen on an SPX order marks the position down: equity 80,000, so AAPL may add 80,000 more, not 80,100.
        var marked = account.Do(Reserve(TestData.Limit("trim", OrderSide.Sell, 1, 80m), 80m, market: 80m));
        Assert.Equal(80m, marked.Risk.Marks[TestData.Spx.Id]);
        Assert.Null(Decide(marked, Reserve(TestData.Limit("fits", OrderSide.Buy, 800, 100m, Aapl), 100m)));
        var over = Decide(marked, Reserve(TestData.Limit("over", OrderSide.Buy, 801, 100m, Aapl), 100m));
        Assert.Equal(RiskDenials.MaxGrossExposure, over?.Code);
        Assert.Contains("160100", over!.Message);
    }

    [Fact]
    public void Net_exposure_lets_a_hedge_through_and_stops_more_on_the_same_side()
    {
        var account = Invested(new RiskLimits { MaxNetExposure = 1m });
        // 100,000 long + 100 = 100,100 net > 1 x 100,000.
        var denied = Decide(account, Reserve(TestData.Limit("more", OrderSide.Buy, 1, 100m, Aapl), 100m));
        Assert.Equal(RiskDenials.MaxNetExposure, denied?.Code);
        Assert.Contains("100100", denied!.Message);
        // A short of 500 AAPL at 100 takes net to 50,000.
        Assert.Null(Decide(account, Reserve(TestData.Limit("hedge", OrderSide.Sell, 500, 100m, Aapl), 100m)));
    }

    [Fact]
    public void Exposure_and_loss_rules_apply_to_the_whole_account_and_refuse_a_narrowing()
    {
        var account = Invested(RiskLimits.None);
        var rejection = account.Decide(new SetRiskLimits(TestData.Account, new RiskLimits { MaxGrossExposure = 2m }, Strategy: new StrategyId("s1")), Now).Rejection;
        Assert.Contains("maxGrossExposure", rejection!.Message);
        Assert.Contains("maxDrawdown", account.Decide(new SetRiskLimits(TestData.Account, new RiskLimits { MaxDrawdown = 1.5m }), Now).Rejection!.Message);
        Assert.Contains("lossBreachState",
            account.Decide(new SetRiskLimits(TestData.Account, new RiskLimits { LossBreachState = TradingState.Active }), Now).Rejection!.Message);
        Assert.Contains("dailyLossLimit", account.Decide(new SetRiskLimits(TestData.Account, new RiskLimits { DailyLossLimit = 0m }), Now).Rejection!.Message);
    }

    [Fact]
    public void The_day_starts_at_midnight_utc_of_event_time_from_the_equity_the_account_held_then()
    {
        var watch = EquityWatch.Start(Now, 100_000m)
            .Seen(Now.AddHours(1), 100_000m, 97_000m)
            .Seen(Now.Date.AddDays(1).AddSeconds(1), 97_000m, 96_000m);
        Assert.Equal(new EquityWatch(DateOnly.FromDateTime(Now).AddDays(1), 97_000m, 100_000m), watch);
        var limits = new RiskLimits { DailyLossLimit = 2_000m };
        // The second day lost 97,000 - 94,000 = 3,000 > 2,000.
        var breach = watch.Breach(limits, TestData.Account, "USD", Now.AddDays(1), 96_000m, 94_000m);
        Assert.Equal(RiskDenials.DailyLossLimit, breach?.Code);
        Assert.Contains("3000", breach!.Message);
        // A third day begins from the settled 96,000: 2,000 lost is on the limit.
        Assert.Null(watch.Breach(limits, TestData.Account, "USD", Now.AddDays(2), 96_000m, 94_000m));
        // A deposit is capital, not a gain: it raises the day's start and the high-water mark alike.
        Assert.Equal(new EquityWatch(watch.Day, 107_000m, 110_000m), watch.Seen(Now.AddDays(1).AddHours(2), 96_000m, 106_000m, deposited: 10_000m));
    }

    [Fact]
    public void A_fill_that_breaks_the_daily_loss_limit_moves_the_account_to_reducing_with_the_rules_code()
    {
        var account = Invested(new RiskLimits { DailyLossLimit = 5_000m, LossBreachState = TradingState.Reducing });
        // One more at 94 marks 1,001 SPX at 94: equity -94 + 94,094 = 94,000, 6,000 lost today.
        var decision = account.Decide(TestData.Direct(TestData.Fill("t2", "more", OrderSide.Buy, 1, 94m)), Now);
        var changed = Assert.IsType<TradingStateChanged>(decision.Events[1]);
        Assert.Equal((TradingState.Reducing, RiskDenials.DailyLossLimit, AccountState.LossRuleBy), (changed.State, changed.Cause, changed.By));
        Assert.Contains("6000", changed.Reason);
        var reducing = TestData.Fold(account, decision.Events);

        var buy = Decide(reducing, Reserve(TestData.Limit("buy", OrderSide.Buy, 1, 94m), 94m));
        Assert.Equal(RiskDenials.DailyLossLimit, buy?.Code);
        Assert.Contains("6000", buy!.Message);
        Assert.Null(Decide(reducing, Reserve(TestData.Limit("sell", OrderSide.Sell, 10, 94m), 94m)));

        // A resume re-arms the rule from equity then (94,000): a buy is taken again.
        var resumed = reducing.Do(new SetTradingState(TestData.Account, TradingState.Active, "reviewed", "ops"));
        Assert.Equal(94_000m, resumed.Risk.Watches["USD"].DayStart);
        Assert.Null(Decide(resumed, Reserve(TestData.Limit("buy", OrderSide.Buy, 1, 94m), 94m)));
    }

    [Fact]
    public void A_newer_price_on_an_order_that_breaks_the_daily_loss_limit_denies_it_and_trips_the_breach_state()
    {
        var account = Invested(new RiskLimits { DailyLossLimit = 5_000m }, AccountType.Cash);
        // The venue's 94 values the 1,000 SPX at 94,000: 6,000 lost.
        var denied = Decide(account, Reserve(TestData.Limit("dip", OrderSide.Buy, 1, 94m), 94m));
        Assert.Equal(RiskDenials.DailyLossLimit, denied?.Code);
        var trip = account.LossTrip(denied!);
        Assert.Equal((TradingState.Halted, RiskDenials.DailyLossLimit), (trip!.State, trip.Cause));
        var halted = account.Do(trip);
        Assert.Null(halted.LossTrip(denied!));
        // Halted by the rule: even a sale is denied, with the rule's code.
        Assert.Equal(RiskDenials.DailyLossLimit, Decide(halted, Reserve(TestData.Limit("out", OrderSide.Sell, 1, 94m), 94m))?.Code);
        // The next UTC day starts from the 100,000 the account last saw (its marks are still at 100): the same price is a new day's 6,000.
        Assert.Equal(RiskDenials.DailyLossLimit, Decide(account, Reserve(TestData.Limit("dip", OrderSide.Buy, 1, 94m), 94m), Now.AddDays(1))?.Code);
        Assert.Null(Decide(account, Reserve(TestData.Limit("ok", OrderSide.Sell, 1, 96m), 96m)));
    }

    [Fact]
    public void Drawdown_is_measured_from_the_high_water_mark_of_equity()
    {
        var account = Invested(new RiskLimits { MaxDrawdown = 0.10m })
            // A sale at 120 taken when the venue is at 120 lifts equity and its high-water mark to 120,000.
            .Do(Reserve(TestData.Limit("high", OrderSide.Sell, 1, 120m), 120m));
        Assert.Equal(120_000m, account.Risk.Watches["USD"].HighWater);
        // At 107 equity is 107,000: 13,000 / 120,000 = 10.83% down.
        var denied = Decide(account, Reserve(TestData.Limit("low", OrderSide.Buy, 1, 107m), 107m));
        Assert.Equal(RiskDenials.MaxDrawdown, denied?.Code);
        Assert.Contains("10.83", denied!.Message);
        Assert.Contains("120000", denied.Message);
        // At 108.5: 11,500 / 120,000 = 9.58%, inside.
        Assert.Null(Decide(account, Reserve(TestData.Limit("fine", OrderSide.Buy, 1, 108.5m), 108.5m)));
    }
}
