using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Portfolio;

/// <summary>
/// Expected annual return wᵀμ, volatility √(wᵀΣw) and Sharpe ratio (return − risk-free) / volatility of weights w, as
/// PyPortfolioOpt's <c>portfolio_performance</c> reports them (μ and Σ already annualised).
/// </summary>
public sealed record PortfolioPerformance(double ExpectedReturn, double Volatility, double Sharpe)
{
    public static PortfolioPerformance Of(IReadOnlyList<double> weights, IReadOnlyList<double> expectedReturns, Matrix<double> covariance, double riskFreeRate)
    {
        var volatility = VolatilityOf(weights, covariance);
        var expected = 0.0;
        for (var i = 0; i < weights.Count; i++) expected += weights[i] * expectedReturns[i];
        if (!double.IsFinite(expected)) throw new ArgumentException("expected returns have a missing value");
        var sharpe = volatility > 0 ? (expected - riskFreeRate) / volatility : 0;
        return new PortfolioPerformance(expected, volatility, sharpe);
    }

    public static double VolatilityOf(IReadOnlyList<double> weights, Matrix<double> covariance)
    {
        if (weights.Count != covariance.RowCount) throw new ArgumentException($"{weights.Count} weights for a {covariance.RowCount}-asset covariance");
        var w = Vector<double>.Build.DenseOfEnumerable(weights);
        return Math.Sqrt(Math.Max(w.DotProduct(covariance * w), 0));
    }

    /// <summary>
    /// Each asset's share of the portfolio variance, wᵢ(Σw)ᵢ / wᵀΣw (they sum to 1; an asset that hedges the rest has a
    /// negative share). All zeros when the portfolio has no variance.
    /// </summary>
    public static double[] RiskContributions(IReadOnlyList<double> weights, Matrix<double> covariance)
    {
        var w = Vector<double>.Build.DenseOfEnumerable(weights);
        var marginal = covariance * w;
        var variance = w.DotProduct(marginal);
        return variance > 0 ? w.PointwiseMultiply(marginal).Select(c => c / variance).ToArray() : new double[weights.Count];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"expected return {ExpectedReturn:P2}, volatility {Volatility:P2}, Sharpe {Sharpe:F3}");
}
