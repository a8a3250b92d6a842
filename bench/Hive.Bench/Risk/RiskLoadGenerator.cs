using System.Diagnostics;
using System.Globalization;
using Hive.Core.Risk;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Hive.Bench.Risk;

/// <summary>
/// `dotnet run -c Release --project bench/Hive.Bench -- risk [--instruments N] [--paths N] [--runs N]`: the time of one
/// Monte Carlo VaR (95% and 99%, 10-day horizon) of an equal-weight portfolio, best and mean of the runs after a warm-up.
/// The returns are synthetic and seeded: 1,000 days of one market factor plus noise per instrument, so the
/// covariance is full and the Cholesky factor dense.
/// </summary>
public static class RiskLoadGenerator
{
    public static Task<int> Run(string[] args)
    {
        var instruments = 20;
        var paths = 100_000;
        var runs = 5;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--instruments" when i + 1 < args.Length: instruments = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--paths" when i + 1 < args.Length: paths = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--runs" when i + 1 < args.Length: runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; use --instruments N --paths N --runs N");
                    return Task.FromResult(2);
            }
        }
        var returns = Correlated(instruments, 1_000, seed: 1);
        var weights = returns.EqualWeights();
        ValueAtRisk.MonteCarlo(returns, weights, [0.95, 0.99], 10, paths, 0);
        var times = new List<double>();
        IReadOnlyList<RiskEstimate> result = [];
        for (var run = 1; run <= runs; run++)
        {
            var clock = Stopwatch.StartNew();
            result = ValueAtRisk.MonteCarlo(returns, weights, [0.95, 0.99], 10, paths, run);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"Monte Carlo VaR, {instruments} instruments x {paths:N0} paths, {runs} runs: best {times.Min():F0} ms, mean {times.Average():F0} ms " +
            $"(99% 10-day VaR {result[1].Var:P2}, CVaR {result[1].Cvar:P2})");
        return Task.FromResult(0);
    }

    /// <summary>r = 0.8·f + 0.6·e per instrument and day, f and e standard normal scaled to 1% a day: pairwise correlation 0.64.</summary>
    private static JointReturns Correlated(int instruments, int days, int seed)
    {
        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        var market = new double[days];
        Normal.Samples(random, market, 0.0003, 0.01);
        var byInstrument = Enumerable.Range(0, instruments).Select(_ =>
        {
            var noise = new double[days];
            Normal.Samples(random, noise, 0, 0.01);
            return market.Select((m, t) => 0.8 * m + 0.6 * noise[t]).ToArray();
        }).ToList();
        return new JointReturns(Enumerable.Range(0, days).Select(d => new DateOnly(2000, 1, 1).AddDays(d)).ToList(), byInstrument);
    }
}
