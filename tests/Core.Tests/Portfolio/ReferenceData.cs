using System.Globalization;
using Hive.Core.Portfolio;

namespace Hive.Core.Tests.Portfolio;

/// <summary>PyPortfolioOpt's test data, copied into Portfolio/Data (see its README and licence).</summary>
internal static class ReferenceData
{
    private static readonly Lazy<PriceTable> LazyStocks = new(() => PriceTable.ParseCsv(File.ReadAllText(PathOf("stock_prices.csv"))));

    public static PriceTable Stocks => LazyStocks.Value;

    public static double[] SpyPrices() => File.ReadAllLines(PathOf("spy_prices.csv")).Skip(1)
        .Select(l => double.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)).ToArray();

    public static Dictionary<string, double> HrpWeights() => File.ReadAllLines(PathOf("weights_hrp.csv")).Skip(1)
        .Select(l => l.Split(',')).ToDictionary(c => c[0], c => double.Parse(c[1], CultureInfo.InvariantCulture));

    /// <summary>The market caps PyPortfolioOpt's tests use for the prior (USD).</summary>
    public static readonly Dictionary<string, double> MarketCaps = new()
    {
        ["GOOG"] = 927e9, ["AAPL"] = 1.19e12, ["FB"] = 574e9, ["BABA"] = 533e9, ["AMZN"] = 867e9, ["GE"] = 96e9, ["AMD"] = 43e9,
        ["WMT"] = 339e9, ["BAC"] = 301e9, ["GM"] = 51e9, ["T"] = 61e9, ["UAA"] = 78e9, ["SHLD"] = 0, ["XOM"] = 295e9, ["RRC"] = 1e9,
        ["BBY"] = 22e9, ["MA"] = 288e9, ["PFE"] = 212e9, ["JPM"] = 422e9, ["SBUX"] = 102e9,
    };

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Portfolio", "Data", file);

    public static void Relative(double expected, double actual, double tolerance = 1e-6) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"expected {expected:R}, got {actual:R} (relative error {Math.Abs(actual - expected) / Math.Abs(expected):E2})");
}
