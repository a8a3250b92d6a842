using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Strategies;
using Hive.Core.Strategies.Catalog;
using Hive.Core.Tests.Support;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Venues;

namespace Hive.Core.Tests.Strategies.Catalog;

public class PositionTargetingTests
{
    [Fact]
    public void Going_long_from_flat_buys_the_cash_fraction_in_whole_units()
    {
        var context = new FakeStrategyContext(TestData.Spx, 1_000m);
        Assert.True(PositionTargeting.MoveTo(context, TestData.Spx.Id, PositionTarget.Long, new EntrySizing(CashFraction: 0.5m), 30m));
        // 1000 × 0.5 / 30 = 16.67 -> 16 whole shares.
        var order = Assert.Single(context.Submitted);
        Assert.Equal((OrderSide.Buy, 16m), (order.Side, order.Quantity));
    }

    [Fact]
    public void A_reversal_is_one_order_sized_as_if_from_flat()
    {
        // Long 50 at 10 with 500 cash left: out of the position there would be 1000, so the short is 100 × 0.5 = 50.
        var context = new FakeStrategyContext(TestData.Spx, 500m) { Position = 50m };
        PositionTargeting.MoveTo(context, TestData.Spx.Id, PositionTarget.Short, new EntrySizing(CashFraction: 0.5m), 10m);
        var order = Assert.Single(context.Submitted);
        Assert.Equal((OrderSide.Sell, 100m), (order.Side, order.Quantity));
    }

    [Fact]
    public void A_target_already_held_places_nothing_and_flat_closes_the_whole_position()
    {
        var context = new FakeStrategyContext(TestData.Spx, 1_000m) { Position = -7m };
        Assert.False(PositionTargeting.MoveTo(context, TestData.Spx.Id, PositionTarget.Short, new EntrySizing(3m), 10m));
        Assert.True(PositionTargeting.MoveTo(context, TestData.Spx.Id, PositionTarget.Flat, new EntrySizing(3m), 10m));
        var order = Assert.Single(context.Submitted);
        Assert.Equal((OrderSide.Buy, 7m), (order.Side, order.Quantity));
    }

    [Fact]
    public void Rolling_extreme_tracks_the_window_maximum_and_minimum_exactly()
    {
        decimal[] values = [5, 3, 8, 1, 2, 2, 9, 0.5m, 4];
        var high = new RollingExtreme(3, highest: true);
        var low = new RollingExtreme(3, highest: false);
        for (var i = 0; i < values.Length; i++)
        {
            high.Add(values[i]);
            low.Add(values[i]);
            var window = values[Math.Max(0, i - 2)..(i + 1)];
            Assert.Equal(i >= 2, high.IsReady);
            Assert.Equal(window.Max(), high.Value);
            Assert.Equal(window.Min(), low.Value);
        }
    }

    [Fact]
    public void While_an_order_is_still_working_a_new_target_is_skipped()
    {
        var venue = new PaperVenue("SIM", new FillModelSettings());
        venue.AddInstrument(TestData.Spx);
        var decisions = new List<bool>();
        var strategy = new ScriptedStrategy((context, bar) =>
        {
            // Both on the first bar: the buy is still working (it fills at the next open) when the short is asked for.
            if (decisions.Count > 0) return;
            decisions.Add(PositionTargeting.MoveTo(context, TestData.Spx.Id, PositionTarget.Long, new EntrySizing(4m), bar.Close));
            decisions.Add(PositionTargeting.MoveTo(context, TestData.Spx.Id, PositionTarget.Short, new EntrySizing(4m), bar.Close));
        });
        var host = new PaperTradingHost(strategy, new StrategyId("targets"), TestData.OpenAccount(AccountType.Margin, 10_000m, 2m), [venue]);
        host.OnBar(CatalogBars.Flat(0, 100m));
        host.OnBar(CatalogBars.Flat(1, 100m));

        Assert.Equal([true, false], decisions);
        var order = Assert.Single(host.Orders);
        Assert.Equal((OrderSide.Buy, 4m, OrderStatus.Filled), (order.Request!.Side, order.Request.Quantity, order.Status));
        Assert.Equal(4m, host.Account.PositionIn(TestData.Spx.Id));
    }

    private sealed class ScriptedStrategy(Action<IStrategyContext, Bar> onBar) : IStrategy
    {
        public void OnBar(IStrategyContext context, Bar bar) => onBar(context, bar);
    }

    [Fact]
    public void A_cross_needs_a_real_previous_value_and_an_undefined_one_is_no_signal()
    {
        var cross = new CrossSignal();
        Assert.Equal(0, cross.Update(-1.0));
        Assert.Equal(1, cross.Update(2.0));
        Assert.Equal(0, cross.Update(0.0));
        Assert.Equal(-1, cross.Update(-0.5));
        Assert.Equal(0, cross.Update(double.NaN));
        Assert.Equal(0, cross.Update(3.0));
        Assert.Equal(0, cross.Update(4m));
        Assert.Equal(-1, cross.Update(-4m));
    }
}
