using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Hive.Core.Risk;

/// <summary>
/// Monte Carlo h-day portfolio returns: each path draws the instruments' h-day returns from a multivariate normal with
/// the sample mean vector μ and sample covariance Σ (divisor n − 1) of their joint daily returns scaled to the horizon
/// (μh and Σh, so r = μh + √h·L·z with Σ = L·Lᵀ and z standard normal), and the portfolio's return is Σ wᵢ·rᵢ. The draws
/// come from xoshiro256** seeded with the seed, so a seed always gives the same returns.
/// </summary>
public static class PortfolioSimulation
{
    private const int PathsPerBlock = 4096;

    public static double[] Draw(JointReturns returns, IReadOnlyList<double> weights, int horizonDays, int simulations, int seed)
    {
        returns.CheckWeights(weights);
        ValueAtRisk.CheckHorizon(horizonDays);
        if (simulations < 1) throw new ArgumentException($"simulations must be at least 1, got {simulations}");
        var n = returns.Instruments;
        var moments = returns.ByInstrument.Select(ReturnMoments.Of).ToArray();
        var drift = 0.0;
        for (var i = 0; i < n; i++) drift += weights[i] * moments[i].Mean * horizonDays;
        var scale = Cholesky(Covariance(returns, moments), n);
        var root = Math.Sqrt(horizonDays);
        for (var i = 0; i < scale.Length; i++) scale[i] *= root;

        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        var z = new double[PathsPerBlock * n];
        var result = new double[simulations];
        for (var first = 0; first < simulations; first += PathsPerBlock)
        {
            var paths = Math.Min(PathsPerBlock, simulations - first);
            Normal.Samples(random, z, 0, 1);
            for (var p = 0; p < paths; p++)
            {
                var draw = z.AsSpan(p * n, n);
                var portfolio = drift;
                for (var i = 0; i < n; i++)
                {
                    // Row i of L is lower triangular: instrument i's shock mixes the first i + 1 draws.
                    var row = scale.AsSpan(i * n, i + 1);
                    var shock = 0.0;
                    for (var j = 0; j <= i; j++) shock += row[j] * draw[j];
                    portfolio += weights[i] * shock;
                }
                result[first + p] = portfolio;
            }
        }
        return result;
    }

    private static double[] Covariance(JointReturns returns, ReturnMoments[] moments)
    {
        var n = returns.Instruments;
        var covariance = new double[n * n];
        for (var i = 0; i < n; i++)
        for (var j = 0; j <= i; j++)
        {
            var (a, b) = (returns.ByInstrument[i], returns.ByInstrument[j]);
            var sum = 0.0;
            for (var t = 0; t < returns.Count; t++) sum += (a[t] - moments[i].Mean) * (b[t] - moments[j].Mean);
            covariance[i * n + j] = covariance[j * n + i] = sum / (returns.Count - 1);
        }
        return covariance;
    }

    /// <summary>
    /// The lower-triangular L with L·Lᵀ = Σ, row-major. A sample covariance is only positive semi-definite (two perfectly
    /// correlated instruments, or more instruments than returns): a pivot within rounding of zero gives that column
    /// zero, so the dependent instrument moves with the ones before it instead of the factorisation failing.
    /// </summary>
    private static double[] Cholesky(double[] covariance, int n)
    {
        var l = new double[n * n];
        for (var j = 0; j < n; j++)
        {
            var pivot = covariance[j * n + j];
            for (var k = 0; k < j; k++) pivot -= l[j * n + k] * l[j * n + k];
            var diagonal = pivot > 1e-12 * covariance[j * n + j] ? Math.Sqrt(pivot) : 0;
            l[j * n + j] = diagonal;
            for (var i = j + 1; i < n && diagonal > 0; i++)
            {
                var sum = covariance[i * n + j];
                for (var k = 0; k < j; k++) sum -= l[i * n + k] * l[j * n + k];
                l[i * n + j] = sum / diagonal;
            }
        }
        return l;
    }
}
