using System.Diagnostics;
using System.Globalization;
using Hive.Core.Portfolio;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace Hive.Bench.Portfolio;

/// <summary>
/// `dotnet run -c Release --project bench/Hive.Bench -- portfolio [--assets N] [--days N] [--large N] [--runs N]`: the time of
/// each portfolio step on synthetic, seeded daily prices (N assets in 10 sectors: a market factor, a sector factor and
/// noise, volatilities from 15% to 60% a year), best and mean of the runs after a warm-up: the sample covariance plus
/// Ledoit-Wolf, HRP (pairwise correlation and covariance, single linkage, bisection), long-only min-volatility and
/// max-Sharpe on the sample covariance, Black-Litterman (market prior, five views, posterior and weights), then
/// min-volatility on a larger universe (--large, default 500 assets).
/// </summary>
public static class PortfolioLoadGenerator
{
    public static Task<int> Run(string[] args)
    {
        int assets = 100, days = 2_500, large = 500, runs = 5;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--assets" when i + 1 < args.Length: assets = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--days" when i + 1 < args.Length: days = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--large" when i + 1 < args.Length: large = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--runs" when i + 1 < args.Length: runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; use --assets N --days N --large N --runs N");
                    return Task.FromResult(2);
            }
        }
        var returns = Synthetic(assets, days, seed: 1).Returns();
        var sample = RiskModels.Sample(returns);
        var mu = ExpectedReturns.MeanHistorical(returns);
        var constraints = WeightConstraints.Uniform(assets);
        var caps = Enumerable.Range(0, assets).Select(i => 1e9 * (1 + i % 7)).ToArray();
        var views = new PortfolioViews([new(returns.Assets[0], 0.15), new(returns.Assets[1], -0.05), new(returns.Assets[2], 0.1)],
            [new RelativeView([returns.Assets[3]], [returns.Assets[4]], 0.03), new RelativeView([returns.Assets[5], returns.Assets[6]], [returns.Assets[7]], 0.02)]);
        Console.WriteLine($"portfolio, {assets} assets x {days:N0} days (synthetic, seed 1), {runs} runs after a warm-up:");
        // A fresh table each run: a ReturnTable computes its pairwise covariance once and keeps it.
        Time("covariance + Ledoit-Wolf", runs, () => CovarianceShrinkage.LedoitWolf(Fresh(returns), ShrinkageTarget.ConstantVariance).Shrinkage + RiskModels.Sample(Fresh(returns))[0, 0]);
        Time("HRP (single linkage)", runs, () => HierarchicalRiskParity.FromReturns(Fresh(returns)).Weights[0]);
        Time("min-volatility", runs, () => MeanVariance.MinVolatility(sample, constraints)[0]);
        Time("max-Sharpe", runs, () => MeanVariance.MaxSharpe(mu, sample, 0.02, constraints)[0]);
        Time("Black-Litterman", runs, () =>
        {
            var prior = BlackLitterman.MarketImpliedPrior(caps, 2.5, sample);
            var posterior = BlackLitterman.Posterior(returns.Assets, sample, prior, views);
            return BlackLitterman.Weights(posterior.Returns, sample, 2.5)[0];
        });
        var wide = Synthetic(large, days, seed: 2).Returns();
        var wideCovariance = RiskModels.Sample(wide);
        var wideConstraints = WeightConstraints.Uniform(large);
        Console.WriteLine($"portfolio, {large} assets x {days:N0} days (synthetic, seed 2):");
        Time("min-volatility", Math.Max(1, runs / 2), () => MeanVariance.MinVolatility(wideCovariance, wideConstraints)[0]);
        var weights = MeanVariance.MinVolatility(wideCovariance, wideConstraints);
        Console.WriteLine($"  ({weights.Count(w => w > 1e-9)} of {large} assets held, volatility {PortfolioPerformance.VolatilityOf(weights, wideCovariance):P2})");
        return Task.FromResult(0);
    }

    private static ReturnTable Fresh(ReturnTable returns) => new(returns.Assets, returns.Dates, returns.Columns);

    private static void Time(string name, int runs, Func<double> step)
    {
        var check = step();
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            check += step();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        if (!double.IsFinite(check)) throw new InvalidOperationException($"{name} produced a non-finite result");
        Console.WriteLine($"  {name,-26} best {times.Min(),8:F1} ms, mean {times.Average(),8:F1} ms");
    }

    /// <summary>Prices from a three-level factor model, so the covariance is full and the clustering has structure.</summary>
    private static PriceTable Synthetic(int assets, int days, int seed)
    {
        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        var market = new double[days];
        Normal.Samples(random, market, 0, 1);
        var sectors = Enumerable.Range(0, 10).Select(_ =>
        {
            var factor = new double[days];
            Normal.Samples(random, factor, 0, 1);
            return factor;
        }).ToArray();
        var columns = new List<double[]>();
        for (var a = 0; a < assets; a++)
        {
            var volatility = (0.15 + 0.45 * a / Math.Max(1, assets - 1)) / Math.Sqrt(252);
            var drift = (0.02 + 0.1 * ((a * 7) % 11) / 10.0) / 252;
            var noise = new double[days];
            Normal.Samples(random, noise, 0, 1);
            var price = new double[days];
            var level = 100.0;
            for (var t = 0; t < days; t++)
            {
                level *= 1 + drift + volatility * (0.5 * market[t] + 0.5 * sectors[a % 10][t] + 0.7 * noise[t]);
                price[t] = level;
            }
            columns.Add(price);
        }
        return new PriceTable(Enumerable.Range(0, assets).Select(a => $"A{a:D3}").ToList(),
            Enumerable.Range(0, days).Select(d => new DateOnly(2010, 1, 1).AddDays(d)).ToList(), columns);
    }
}
