using Hive.Core.Accounts;
using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Orders;
using Hive.Core.Risk;
using Hive.Core.Strategies;
using Hive.Core.Tests.Support;
using Hive.Core.Venues;

namespace Hive.Core.Tests.Risk;

/// <summary>
/// The runaway strategy: a loop gone wrong that buys three times on every bar of a falling market. Nobody intervenes: the
/// order rate lets two orders a second through, and the drawdown rule halts the account once equity is 5% below its
/// high-water mark, after which nothing more is taken. The same pure account and venue the backtester runs.
/// </summary>
public class RunawayStrategyTests
{
    private const int Bars = 30;

    /// <summary>Three market buys of 10 on every bar, whatever happened before.</summary>
    private sealed class RunawayBuyer(InstrumentId instrument) : IStrategy
    {
        public List<string?> Outcomes { get; } = [];

        public void OnBar(IStrategyContext context, Bar bar)
        {
            for (var i = 0; i < 3; i++)
                Outcomes.Add(context.Submit(new StrategyOrder(instrument, OrderSide.Buy, OrderType.Market, 10m)).Rejection?.Code);
        }
    }

    [Fact]
    public void A_strategy_that_buys_on_every_bar_is_stopped_by_the_order_rate_and_the_drawdown_rule_without_a_human()
    {
        var spx = TestData.Spx;
        var account = TestData.OpenAccount(AccountType.Cash, 100_000m)
            .Do(new SetRiskLimits(TestData.Account, new RiskLimits { MaxOrdersPerSecond = 2, MaxDrawdown = 0.05m }));
        var venue = new PaperVenue(spx.Id.Venue, FillModelSettings.Default);
        venue.AddInstrument(spx);
        var runaway = new RunawayBuyer(spx.Id);
        var host = new PaperTradingHost(runaway, new StrategyId("runaway"), account, [venue]);

        // One-minute bars falling by 1 from 100; each bar's two taken orders fill at the next bar's open.
        for (var i = 0; i < Bars; i++)
        {
            var price = 100m - i;
            host.OnBar(new Bar(spx.Id, TestData.Now.AddMinutes(i), BarInterval.OneMinute, price, price, price, price, 1_000_000m));
        }

        // After the fills at 77 (bar 23) the 20 units bought at each of 99..78 and 10 at 77 have lost 20 x (1 + ... + 22) = 5,060:
        // 5.06% of the 100,000 high-water mark, beyond 5%.
        var risk = host.Account.Risk;
        Assert.Equal((TradingState.Halted, RiskDenials.MaxDrawdown), (risk.State, risk.StateCause));
        Assert.Contains("5.06%", risk.StateReason);
        Assert.Contains("100000", risk.StateReason);
        // Bars 0..22: two taken, the third over the rate. Bars 23..29: all three denied by the drawdown rule.
        var outcomes = runaway.Outcomes.GroupBy(c => c ?? "taken").ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["taken"] = 46, [RiskDenials.OrderRateExceeded] = 23, [RiskDenials.MaxDrawdown] = 21 }, outcomes);
        Assert.All(runaway.Outcomes.Skip(23 * 3), c => Assert.Equal(RiskDenials.MaxDrawdown, c));
        // Every order taken filled (the last two at 77, the order in flight when the rule tripped), and nothing after.
        Assert.Equal(46, host.Fills.Count);
        Assert.Equal(460m, host.Account.PositionIn(spx.Id));
        Assert.Equal(77m, host.Fills[^1].Price);
    }
}
