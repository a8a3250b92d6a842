using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Portfolio;

/// <summary>
/// The Black-Litterman model as PyPortfolioOpt's <c>black_litterman</c> computes it. With prior returns π, covariance Σ,
/// views P (k × n) and Q, scalar τ and view uncertainty Ω:
/// posterior returns π + τΣPᵀ(PτΣPᵀ + Ω)⁻¹(Q − Pπ), posterior covariance Σ + τΣ − τΣPᵀ(PτΣPᵀ + Ω)⁻¹PτΣ.
/// Ω defaults to τ·diag(PΣPᵀ) (He and Litterman); with view confidences cᵢ it is Idzorek's τ·(1 − cᵢ)/cᵢ·PᵢΣPᵢᵀ
/// (a confidence of 0 gives 10⁶, 1 gives 0: the view holds exactly).
/// </summary>
public static class BlackLitterman
{
    /// <summary>δ = (annualised mean − r_f) / annualised variance of the market's simple returns (sample variance, n − 1).</summary>
    public static double MarketImpliedRiskAversion(IReadOnlyList<double> marketPrices, double riskFreeRate = 0.02, int frequency = ExpectedReturns.TradingDays)
    {
        var prices = marketPrices.Where(p => !double.IsNaN(p)).ToArray();
        if (prices.Any(p => !(p > 0) || double.IsInfinity(p))) throw new ArgumentException("benchmark prices must be positive numbers");
        if (prices.Length < 3) throw new ArgumentException($"benchmark has {prices.Length} price(s): the risk aversion needs at least three");
        var returns = Enumerable.Range(1, prices.Length - 1).Select(i => prices[i] / prices[i - 1] - 1).ToArray();
        var mean = returns.Average();
        var variance = returns.Sum(r => (r - mean) * (r - mean)) / (returns.Length - 1);
        if (!(variance > 0)) throw new ArgumentException("benchmark prices never change: its variance is 0");
        return (mean * frequency - riskFreeRate) / (variance * frequency);
    }

    /// <summary>The market-implied prior π = δΣw_mkt + r_f with w_mkt the market capitalisations normalised to sum to 1.</summary>
    public static double[] MarketImpliedPrior(IReadOnlyList<double> marketCaps, double riskAversion, Matrix<double> covariance, double riskFreeRate = 0.02)
    {
        if (marketCaps.Count != covariance.RowCount) throw new ArgumentException($"{marketCaps.Count} market caps for {covariance.RowCount} assets");
        if (marketCaps.Any(c => !(c >= 0) || double.IsInfinity(c))) throw new ArgumentException("market caps must be numbers ≥ 0");
        var total = marketCaps.Sum();
        if (!(total > 0)) throw new ArgumentException("market caps sum to 0");
        if (!double.IsFinite(riskAversion)) throw new ArgumentException("risk aversion must be a finite number");
        var weights = Vector<double>.Build.DenseOfEnumerable(marketCaps.Select(c => c / total));
        return (covariance * weights * riskAversion).Select(v => v + riskFreeRate).ToArray();
    }

    public static BlackLittermanPosterior Posterior(IReadOnlyList<string> assets, Matrix<double> covariance, IReadOnlyList<double> prior, PortfolioViews views, double tau = 0.05)
    {
        var n = assets.Count;
        if (n < 2) throw new ArgumentException($"{n} asset(s): a portfolio needs at least two");
        if (covariance.RowCount != n || covariance.ColumnCount != n) throw new ArgumentException($"covariance is {covariance.RowCount} × {covariance.ColumnCount} for {n} assets");
        if (prior.Count != n) throw new ArgumentException($"{prior.Count} prior returns for {n} assets");
        if (prior.Any(p => !double.IsFinite(p))) throw new ArgumentException("prior returns have a missing or infinite value");
        if (!(tau > 0 && tau <= 1)) throw new ArgumentException($"tau {tau.ToString(CultureInfo.InvariantCulture)}: must be in (0, 1]");
        var (pickArray, q) = views.Matrices(assets);
        var p = Matrix<double>.Build.DenseOfArray(pickArray);
        var pi = Vector<double>.Build.DenseOfEnumerable(prior);
        var omega = Omega(p, covariance, tau, views.Confidences);
        var tauSigmaPt = covariance * tau * p.Transpose();
        var system = p * tauSigmaPt + omega;
        var gap = Vector<double>.Build.DenseOfArray(q) - p * pi;
        if (!(system.ConditionNumber() < 1e14))
            throw new ArgumentException("the views are redundant or contradictory with full confidence (PτΣPᵀ + Ω is singular): drop a repeated view or lower a confidence");
        var lu = system.LU();
        var solved = lu.Solve(gap);
        var solvedTransposed = lu.Solve(tauSigmaPt.Transpose());
        var returns = pi + tauSigmaPt * solved;
        var posteriorCovariance = covariance + covariance * tau - tauSigmaPt * solvedTransposed;
        return new BlackLittermanPosterior(returns.ToArray(), posteriorCovariance, omega);
    }

    /// <summary>PyPortfolioOpt's <c>bl_weights</c>: w ∝ (δΣ)⁻¹μ, normalised to sum to 1 (unconstrained; may be long-short).</summary>
    public static double[] Weights(IReadOnlyList<double> expectedReturns, Matrix<double> covariance, double riskAversion = 1)
    {
        if (!(riskAversion > 0) || double.IsInfinity(riskAversion)) throw new ArgumentException($"risk aversion {riskAversion.ToString(CultureInfo.InvariantCulture)}: must be a positive number");
        Vector<double> raw;
        try
        {
            raw = (covariance * riskAversion).Cholesky().Solve(Vector<double>.Build.DenseOfEnumerable(expectedReturns));
        }
        catch (ArgumentException)
        {
            throw new ArgumentException("the covariance matrix is singular (not positive definite): use a shrunk covariance (--cov-model ledoit-wolf)");
        }
        var total = raw.Sum();
        if (Math.Abs(total) < 1e-12 * raw.AbsoluteMaximum() || raw.Any(v => !double.IsFinite(v)))
            throw new ArgumentException("the Black-Litterman weights sum to 0 and cannot be normalised (the posterior returns are all 0)");
        return raw.Select(v => v / total).ToArray();
    }

    private static Matrix<double> Omega(Matrix<double> p, Matrix<double> covariance, double tau, IReadOnlyList<double>? confidences)
    {
        var k = p.RowCount;
        var omega = Matrix<double>.Build.Dense(k, k);
        for (var i = 0; i < k; i++)
        {
            var row = p.Row(i);
            var variance = row.DotProduct(covariance * row);
            omega[i, i] = confidences is null ? tau * variance
                : confidences[i] == 0 ? 1e6
                : tau * (1 - confidences[i]) / confidences[i] * variance;
        }
        return omega;
    }
}
