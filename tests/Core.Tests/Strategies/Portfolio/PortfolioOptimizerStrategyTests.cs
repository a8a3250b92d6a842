using System.Globalization;
using Hive.Core.Backtesting;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Strategies;
using Hive.Core.Strategies.Portfolio;

namespace Hive.Core.Tests.Strategies.Portfolio;

/// <summary>
/// <c>portfolio-optimizer</c> through the backtest engine on the bundled monthly closes of MSFT, AMZN, IBM, GOOG and AAPL
/// (sample-data/stocks-monthly.csv, 2000–2010; decisions start once GOOG trades, in 2004), against equal weights
/// (<c>periodic-rebalancer</c>) re-balanced on the same schedule.
/// </summary>
public sealed class PortfolioOptimizerStrategyTests
{
    private static readonly Lazy<IReadOnlyList<BacktestFeed>> Feeds = new(LoadMonthly);

    private static IReadOnlyList<BacktestFeed> LoadMonthly()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Strategies", "Portfolio", "Data", "stocks-monthly.csv")).Skip(1);
        return lines.Select(l => l.Split(','))
            .GroupBy(c => c[0])
            .Select(g =>
            {
                var instrument = Instrument.Stock("SIM", g.Key);
                var bars = g.Select(c =>
                {
                    var time = DateTime.SpecifyKind(DateTime.ParseExact(c[1], "MMM d yyyy", CultureInfo.InvariantCulture), DateTimeKind.Utc);
                    var price = decimal.Parse(c[2], CultureInfo.InvariantCulture);
                    return new Bar(instrument.Id, time, BarInterval.OneMonth, price, price, price, price, 1_000_000_000m);
                }).ToList();
                return new BacktestFeed(instrument, BarSeries.FromBars(instrument.Id, BarInterval.OneMonth, bars));
            }).ToList();
    }

    private static string Universe => string.Join(',', Feeds.Value.Select(f => f.Instrument.Id.ToString()));

    private static BacktestResult Run(string strategy, Dictionary<string, string> parameters) =>
        new BacktestEngine(new BacktestSettings { InitialCash = 100_000m, Fees = new Hive.Core.Venues.FeeSchedule(0.001m, 0.001m) }).Run(strategy, parameters, Feeds.Value);

    private static Dictionary<string, string> Optimizer(string method) => new()
    {
        ["instruments"] = Universe, ["method"] = method, ["lookback"] = "24", ["every"] = "3", ["frequency"] = "12",
    };

    [Fact]
    public void Hrp_and_min_volatility_are_less_volatile_than_equal_weight_on_the_monthly_stocks()
    {
        var equal = Run("periodic-rebalancer", new() { ["instruments"] = Universe, ["every"] = "3" });
        var hrp = Run("portfolio-optimizer", Optimizer("hrp"));
        var minimum = Run("portfolio-optimizer", Optimizer("min-volatility"));

        foreach (var run in new[] { equal, hrp, minimum })
        {
            Assert.True(run.Metrics.Trades > 0 || run.Fills.Count > 0);
            Assert.True(run.Metrics.FinalEquity > 0m);
            Assert.True(double.IsFinite(run.Metrics.AnnualVolatility) && double.IsFinite(run.Metrics.Sharpe));
        }
        Assert.True(minimum.Metrics.AnnualVolatility < equal.Metrics.AnnualVolatility,
            $"min-volatility {minimum.Metrics.AnnualVolatility:P2} vs equal weight {equal.Metrics.AnnualVolatility:P2}");
        Assert.True(hrp.Metrics.AnnualVolatility < equal.Metrics.AnnualVolatility,
            $"hrp {hrp.Metrics.AnnualVolatility:P2} vs equal weight {equal.Metrics.AnnualVolatility:P2}");
    }

    [Theory]
    [InlineData("hrp")]
    [InlineData("min-volatility")]
    [InlineData("max-sharpe")]
    [InlineData("risk-parity")]
    public void Every_method_rebalances_on_schedule_to_long_only_weights_summing_to_one(string method)
    {
        var built = StrategyCatalog.Create("portfolio-optimizer", Optimizer(method));
        var strategy = (PortfolioOptimizerStrategy)built.Strategy;
        new BacktestEngine(new BacktestSettings { InitialCash = 100_000m }).Run(strategy, "portfolio-optimizer", Optimizer(method), Feeds.Value);

        // 68 complete slices (GOOG trades from 2004-08 to 2010-03); the first with 25 closes is the 25th (2006-08), then
        // every 3rd: slices 25, 28, ..., 67, 15 rebalances, none refused
        Assert.Equal(0, strategy.Skipped);
        Assert.Equal(15, strategy.Rebalances);
        Assert.Equal(1m, strategy.Weights.Values.Sum(), 6);
        Assert.All(strategy.Weights.Values, w => Assert.True(w >= 0m));
    }

    [Fact]
    public void A_turnover_cap_limits_each_rebalance_and_the_same_run_twice_gives_the_same_fills()
    {
        var capped = new Dictionary<string, string>(Optimizer("min-volatility")) { ["max-turnover"] = "0.1" };
        var first = Run("portfolio-optimizer", capped);
        var second = Run("portfolio-optimizer", capped);
        var free = Run("portfolio-optimizer", Optimizer("min-volatility"));

        Assert.Equal(first.Fills.Select(f => (f.Time, f.Instrument, f.Quantity, f.Price)), second.Fills.Select(f => (f.Time, f.Instrument, f.Quantity, f.Price)));
        Assert.True(first.Metrics.Turnover < free.Metrics.Turnover, $"capped turnover {first.Metrics.Turnover} vs uncapped {free.Metrics.Turnover}");
    }

    [Theory]
    [InlineData("method", "sharpest", "method must be one of")]
    [InlineData("lookback", "2", "lookback")]
    [InlineData("linkage", "median", "linkage must be one of")]
    public void Bad_parameters_are_refused_by_name(string name, string value, string message)
    {
        var parameters = new Dictionary<string, string>(Optimizer("hrp")) { [name] = value };
        var rejection = StrategyCatalog.Check("portfolio-optimizer", parameters);
        Assert.NotNull(rejection);
        Assert.Contains(message, rejection.Message);
    }
}
