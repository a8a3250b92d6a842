using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Portfolio;

/// <summary>
/// Annualised covariance matrices of periodic returns, as PyPortfolioOpt's <c>risk_models</c> computes them. Every one
/// ends with <see cref="RepairPositiveSemidefinite"/>: pairwise statistics over assets with different histories need not
/// give a positive semidefinite matrix, and optimisers need one.
/// </summary>
public static class RiskModels
{
    /// <summary>The pairwise sample covariance × frequency.</summary>
    public static Matrix<double> Sample(ReturnTable returns, int frequency = ExpectedReturns.TradingDays) =>
        RepairPositiveSemidefinite(returns.Covariance() * frequency);

    /// <summary>
    /// Semicovariance: with downside d = min(r − benchmark, 0) (a missing return counts as no downside), Σ d dᵀ / T ×
    /// frequency over all T dates. The default benchmark 0.000079 is PyPortfolioOpt's (about 2% a year, daily).
    /// </summary>
    public static Matrix<double> Semicovariance(ReturnTable returns, double benchmark = 0.000079, int frequency = ExpectedReturns.TradingDays)
    {
        var downside = Matrix<double>.Build.Dense(returns.Count, returns.Assets.Count,
            (t, j) => double.IsNaN(returns.Columns[j][t]) ? 0 : Math.Min(returns.Columns[j][t] - benchmark, 0));
        return RepairPositiveSemidefinite(downside.TransposeThisAndMultiply(downside) / returns.Count * frequency);
    }

    /// <summary>
    /// Exponentially weighted covariance with span s: for each pair, the deviations from each asset's own mean multiplied,
    /// then their exponentially weighted mean at the last date (as <see cref="ExpectedReturns.Exponential"/>), × frequency.
    /// </summary>
    public static Matrix<double> Exponential(ReturnTable returns, int span = 180, int frequency = ExpectedReturns.TradingDays)
    {
        if (span < 1) throw new ArgumentException($"span {span}: must be at least 1");
        var means = returns.Means();
        var n = returns.Assets.Count;
        var result = Matrix<double>.Build.Dense(n, n);
        var product = new double[returns.Count];
        for (var i = 0; i < n; i++)
            for (var j = i; j < n; j++)
            {
                for (var t = 0; t < returns.Count; t++)
                    product[t] = (returns.Columns[i][t] - means[i]) * (returns.Columns[j][t] - means[j]);
                var value = ExpectedReturns.ExponentialMean(product, span);
                if (double.IsNaN(value)) throw new ArgumentException($"{returns.Assets[i]} and {returns.Assets[j]} share no return date");
                result[i, j] = result[j, i] = value * frequency;
            }
        return RepairPositiveSemidefinite(result);
    }

    /// <summary>
    /// True when a Cholesky factorisation of <paramref name="matrix"/> + 10⁻¹⁶ I exists (PyPortfolioOpt's test).
    /// </summary>
    public static bool IsPositiveSemidefinite(Matrix<double> matrix)
    {
        var shifted = matrix + Matrix<double>.Build.DenseIdentity(matrix.RowCount) * 1e-16;
        try
        {
            var factor = shifted.Cholesky().Factor;
            return factor.Enumerate().All(double.IsFinite);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// The spectral repair: a matrix that is not positive semidefinite is rebuilt as V·max(Λ, 0)·Vᵀ from its symmetric
    /// eigendecomposition (negative eigenvalues set to 0); one that is comes back unchanged.
    /// </summary>
    public static Matrix<double> RepairPositiveSemidefinite(Matrix<double> matrix)
    {
        if (matrix.RowCount != matrix.ColumnCount) throw new ArgumentException($"covariance is {matrix.RowCount} × {matrix.ColumnCount}, not square");
        if (matrix.Enumerate().Any(v => !double.IsFinite(v))) throw new ArgumentException("covariance has a missing or infinite entry");
        if (IsPositiveSemidefinite(matrix)) return matrix;
        var eigen = matrix.Evd(Symmetricity.Symmetric);
        var values = eigen.EigenValues.Map(v => Math.Max(v.Real, 0));
        var vectors = eigen.EigenVectors;
        return vectors * Matrix<double>.Build.DenseOfDiagonalVector(values) * vectors.Transpose();
    }
}
