using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.Risk;

namespace Hive.Core.Tests.Risk;

/// <summary>Stress tests on hand-made positions and windows, every number worked by hand in the comments.</summary>
public class StressTestTests
{
    private static readonly InstrumentId A = new("SIM", "A"), B = new("SIM", "B"), Coin = new("SIMX", "COIN"), Euro = new("SIMFX", "EUR-USD");
    private static readonly DateOnly Day1 = new(2008, 9, 15), Day2 = new(2008, 9, 16), Day3 = new(2008, 9, 17), Day4 = new(2008, 9, 18);

    // Long 10 A at 100 (value 1,000) and short 5 B at 200 (value −1,000): flat today.
    private static readonly MarkedPosition[] LongAShortB =
    [
        new(A, AssetClass.Stock, "USD", 10m, 100m),
        new(B, AssetClass.Stock, "USD", -5m, 200m),
    ];

    private static readonly StressScenario Window = StressScenario.Window("w", Day1, Day4);

    // A closes 50, 45, 40, 48 over the window: 1, 0.9, 0.8, 0.96 of its first close. B closes 20, 22, 18 and has no bar on
    // day 4, where it keeps 0.9.
    private static PricePath? Paths(MarkedPosition p) => p.Instrument == A
        ? PricePath.Of("own", [Day1, Day2, Day3, Day4], [50, 45, 40, 48], Day1, Day4)
        : PricePath.Of("own", [Day1, Day2, Day3], [20, 22, 18], Day1, Day4);

    [Fact]
    public void A_window_replays_each_path_on_todays_positions_and_finds_the_worst_pnl_and_drawdown()
    {
        var result = StressTest.Run(Window, LongAShortB, Paths);

        // Value: day 2: 900 − 1,100 = −200; day 3: 800 − 900 = −100; day 4: 960 − 900 = 60 (B kept at 0.9).
        var usd = Assert.Single(result.ByCurrency);
        Assert.Equal(("USD", 0m, 60m, -200m, (DateOnly?)Day2, 200m), (usd.Currency, usd.Value, usd.Pnl, usd.WorstPnl, usd.WorstDate, usd.WorstDrawdown));
        Assert.Equal("historical", result.Kind);
        // A: 0.96 − 1 = −4% of 1,000; B: 0.9 − 1 = −10% of −1,000.
        Assert.Equal([(-0.04m, -40m), (-0.1m, 100m)], result.Instruments.Select(i => (i.Move, i.Pnl)));
    }

    [Fact]
    public void The_drawdown_is_measured_from_the_highest_value_within_the_window_not_from_the_start()
    {
        var up = new MarkedPosition(A, AssetClass.Stock, "USD", 10m, 100m);
        // 1,000 → 1,200 → 900 → 1,100: the worst P&L is −100, the drawdown 1,200 − 900 = 300.
        var result = StressTest.Run(Window, [up], _ => PricePath.Of("own", [Day1, Day2, Day3, Day4], [10, 12, 9, 11], Day1, Day4));

        var usd = Assert.Single(result.ByCurrency);
        Assert.Equal((100m, -100m, 300m), (usd.Pnl, usd.WorstPnl, usd.WorstDrawdown));
    }

    [Fact]
    public void A_position_without_history_in_the_window_is_not_moved_and_says_so()
    {
        var result = StressTest.Run(Window, LongAShortB, p => p.Instrument == A ? Paths(p) : null);

        // Only A moves: 900, 800, 960 against 1,000.
        var usd = Assert.Single(result.ByCurrency);
        Assert.Equal((-40m, -200m, 200m), (usd.Pnl, usd.WorstPnl, usd.WorstDrawdown));
        Assert.Equal(["own", "none"], result.Instruments.Select(i => i.Source));
        Assert.Equal(0m, result.Instruments[1].Pnl);
    }

    [Fact]
    public void A_path_starts_at_the_first_close_inside_the_window_and_needs_two_of_them()
    {
        var path = PricePath.Of("own", [Day1, Day2, Day3, Day4], [100, 80, 60, 90], Day2, Day4)!;
        Assert.Equal([0.75m, 1.125m], path.Relative.Skip(1));
        Assert.Equal(Day2, path.Dates[0]);
        Assert.Null(PricePath.Of("own", [Day1, Day2], [100, 80], Day2, Day4));
    }

    [Fact]
    public void A_shock_moves_each_asset_class_by_its_own_fraction_and_a_short_loses_on_a_rise()
    {
        MarkedPosition[] positions =
        [
            new(A, AssetClass.Stock, "USD", 10m, 100m),
            new(Coin, AssetClass.Crypto, "USD", -2m, 500m),
            new(Euro, AssetClass.Forex, "USD", 1_000m, 1.1m),
        ];
        var (down, up) = (StressScenario.Defaults()[2], StressScenario.Defaults()[3]);

        // Down: 1,000 × −20% − 1,000 × −40% + 1,100 × −10% = −200 + 400 − 110 = 90.
        var fall = Assert.Single(StressTest.Run(down, positions, _ => null).ByCurrency);
        Assert.Equal((90m, 0m, 0m), (fall.Pnl, fall.WorstPnl, fall.WorstDrawdown));
        // Up: 200 − 400 + 110 = −90.
        var rise = Assert.Single(StressTest.Run(up, positions, _ => null).ByCurrency);
        Assert.Equal((-90m, -90m, 90m), (rise.Pnl, rise.WorstPnl, rise.WorstDrawdown));
        Assert.Equal(("shock-down", "hypothetical"), (down.Name, down.Kind));
    }

    [Fact]
    public void Cash_is_in_no_move_but_gives_each_currencys_equity_and_the_worst_pnls_share_of_it()
    {
        var cash = new Dictionary<string, decimal> { ["USD"] = 9_000m, ["EUR"] = 250m, ["JPY"] = 0m };
        var result = StressTest.Run(Window, LongAShortB, Paths, cash);

        // USD: the positions are flat (value 0) and their worst P&L is −200 on day 2, whatever the cash: equity 9,000 + 0, so
        // −200 / 9,000. EUR holds cash and no position: nothing moves. JPY's zero cash with no position is not a line.
        Assert.Equal(["EUR", "USD"], result.ByCurrency.Select(c => c.Currency));
        var usd = result.ByCurrency[1];
        Assert.Equal((9_000m, 9_000m, 60m, -200m, -200m / 9_000m), (usd.Cash, usd.Equity, usd.Pnl, usd.WorstPnl, usd.WorstShareOfEquity));
        var eur = result.ByCurrency[0];
        Assert.Equal((250m, 0m, 250m, 0m, (decimal?)0m), (eur.Cash, eur.Value, eur.Equity, eur.Pnl, eur.WorstShareOfEquity));
        // Borrowed cash that leaves no equity gives no share.
        var borrowed = StressTest.Run(Window, LongAShortB, Paths, new Dictionary<string, decimal> { ["USD"] = -50m }).ByCurrency[0];
        Assert.Equal((-50m, (decimal?)null), (borrowed.Equity, borrowed.WorstShareOfEquity));
    }

    [Fact]
    public void Positions_in_different_currencies_are_stressed_apart()
    {
        MarkedPosition[] positions = [new(A, AssetClass.Stock, "USD", 10m, 100m), new(B, AssetClass.Stock, "EUR", 10m, 100m)];
        var result = StressTest.Run(StressScenario.Shock("s", new Dictionary<AssetClass, decimal> { [AssetClass.Stock] = -0.5m }), positions, _ => null);
        Assert.Equal([("EUR", -500m), ("USD", -500m)], result.ByCurrency.Select(c => (c.Currency, c.Pnl)));
    }

    [Theory]
    [InlineData("2008-09-15", "is not FROM..TO")]
    [InlineData("2008-10-15..2008-09-15", "is not after")]
    [InlineData("2008-09-15..2008-13-01", "is not FROM..TO")]
    public void A_bad_window_is_refused_naming_it(string text, string message) =>
        Assert.Contains(message, Assert.Throws<ArgumentException>(() => StressScenario.ParseWindow(text)).Message);

    [Theory]
    [InlineData("bonds:0.2", "class stock, crypto or forex")]
    [InlineData("stock:1", "between 0 and 1")]
    [InlineData("stock:-0.2", "between 0 and 1")]
    [InlineData("stock:0.2,stock:0.3", "given twice")]
    [InlineData("", "no class:fraction")]
    public void Bad_shock_sizes_are_refused_naming_the_part(string text, string message) =>
        Assert.Contains(message, Assert.Throws<ArgumentException>(() => StressScenario.ParseShockSizes(text)).Message);

    [Fact]
    public void Shock_sizes_parse_per_class()
    {
        var sizes = StressScenario.ParseShockSizes("stock:0.3, crypto:0.5");
        Assert.Equal((0.3m, 0.5m, 2), (sizes[AssetClass.Stock], sizes[AssetClass.Crypto], sizes.Count));
    }
}
