using System.Text.Json;
using Hive.Core.Backtesting;
using Hive.Core.MarketData;
using static Hive.Core.Tests.Backtesting.BacktestFixtures;
using Hive.Core.Accounts;
using Hive.Core.Venues;

namespace Hive.Core.Tests.Backtesting;

public class EngineTests
{
    [Fact]
    public void Bars_of_several_instruments_arrive_in_time_order_with_ties_going_to_the_lower_instrument_id()
    {
        // BBB starts a day earlier; from then on both have a bar every day. Feeds given in the "wrong" order on purpose.
        var aaa = Feed(Aaa, Monday.AddDays(1), (1, 1, 1, 1, 1), (2, 2, 2, 2, 1));
        var bbb = Feed(Bbb, Monday, (7, 7, 7, 7, 1), (8, 8, 8, 8, 1), (9, 9, 9, 9, 1));
        var strategy = new ScriptedStrategy();
        var result = Run(strategy, new BacktestSettings(), bbb, aaa);

        Assert.Equal(["SIM:BBB@0", "SIM:AAA@1", "SIM:BBB@1", "SIM:AAA@2", "SIM:BBB@2"],
            strategy.Seen.Select(b => $"{b.Instrument}@{(b.OpenTime - Monday).Days}"));
        Assert.Equal(3, result.Equity.Count); // one point per distinct bar time
        Assert.Equal(5, result.Bars);
    }

    [Fact]
    public void Completed_higher_timeframe_bars_are_delivered_right_after_their_last_base_bar()
    {
        // A 24/7 market, Mon 1 Jan .. Wed 10 Jan 2024: the week of 1 Jan is complete after Sunday 7 Jan's bar.
        var btc = Hive.Core.Instruments.Instrument.Crypto("SIMX", "BTC", "USD");
        var rows = Enumerable.Range(0, 10).Select(i => (O: 100.0 + i, H: 110.0 + i, L: 90.0 + i, C: 101.0 + i, V: 10.0)).ToArray();
        var strategy = new ScriptedStrategy();
        Run(strategy, new BacktestSettings { ExtraIntervals = [BarInterval.OneWeek] }, Feed(btc, rows));

        var weekly = strategy.Seen.Select((b, i) => (Bar: b, Position: i)).Where(x => x.Bar.Interval == BarInterval.OneWeek).ToList();
        Assert.Equal(2, weekly.Count); // the second (partial) week is completed by the last bar of the data
        var first = weekly[0];
        Assert.Equal(7, first.Position); // after the 7 daily bars Mon..Sun
        Assert.Equal((100m, 116m, 90m, 107m, 70m), (first.Bar.Open, first.Bar.High, first.Bar.Low, first.Bar.Close, first.Bar.Volume));
        Assert.Equal(Monday, first.Bar.OpenTime);
    }

    [Fact]
    public void The_same_inputs_give_byte_identical_result_json()
    {
        var rows = Enumerable.Range(0, 400).Select(i =>
        {
            var c = 100 + 20 * Math.Sin(i / 11.0) + 5 * Math.Sin(i / 3.1);
            return (O: Math.Round(c - 0.3, 2), H: Math.Round(c + 1, 2), L: Math.Round(c - 1.2, 2), C: Math.Round(c, 2), V: 10_000.0);
        }).ToArray();
        var settings = new BacktestSettings { Fees = new FeeSchedule(0m, 0.001m), Slippage = new FixedBpsSlippage(2m) };
        var parameters = new Dictionary<string, string> { ["fast"] = "5", ["slow"] = "20" };

        string Once() => JsonSerializer.Serialize(new BacktestEngine(settings).Run("sma-cross", parameters, [Feed(Aaa, rows)]));

        var first = Once();
        Assert.Equal(first, Once());
        Assert.Contains("\"Fills\":[{", first);
    }

    [Fact]
    public void Sma_cross_by_catalog_name_gets_the_instrument_from_the_data_and_its_equity_matches_cash_plus_marked_position()
    {
        var rows = Enumerable.Range(0, 200).Select(i =>
        {
            var c = Math.Round(100 + 15 * Math.Sin(i / 9.0), 2);
            return (O: c, H: c + 1, L: c - 1, C: c, V: 1_000_000.0);
        }).ToArray();
        var result = new BacktestEngine().Run("sma-cross", new Dictionary<string, string> { ["fast"] = "5", ["slow"] = "20" }, [Feed(Aaa, rows)]);

        Assert.True(result.Fills.Count >= 4);
        var cash = 100_000m;
        var position = 0m;
        foreach (var f in result.Fills)
        {
            var sign = f.Side == "buy" ? 1m : -1m;
            cash -= sign * f.Quantity * f.Price + f.Fee;
            position += sign * f.Quantity;
        }
        Assert.Equal(cash + position * (decimal)rows[^1].C, result.Metrics.FinalEquity);
        Assert.Equal(result.Metrics.FinalEquity, result.Equity[^1].Equity);
        Assert.Equal(200, result.Equity.Count);
    }

    [Fact]
    public void The_default_benchmark_is_buy_and_hold_of_the_first_instrument_from_its_first_open()
    {
        var result = Run(new ScriptedStrategy(), new BacktestSettings { InitialCash = 1_000m },
            Feed(Aaa, (100, 100, 100, 110, 1), (110, 121, 110, 121, 1)));

        Assert.Equal([1_100m, 1_210m], result.Equity.Select(p => p.Benchmark!.Value));
    }

    [Fact]
    public void An_empty_data_set_is_refused_with_a_clear_error()
    {
        var empty = new BacktestFeed(Aaa, BarSeries.Empty(Aaa.Id, BarInterval.OneDay));
        var error = Assert.Throws<ArgumentException>(() => Run(new ScriptedStrategy(), new BacktestSettings(), empty));
        Assert.Contains("no bars", error.Message);
    }
}
