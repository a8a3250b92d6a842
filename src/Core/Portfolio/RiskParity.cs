using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Portfolio;

/// <summary>
/// Long-only risk budgeting: weights whose shares of the portfolio variance, wᵢ(Σw)ᵢ / wᵀΣw, equal the budgets bᵢ
/// (equal risk contribution when every bᵢ = 1/n). Solved as the strictly convex problem
/// minimise ½yᵀΣy − Σ bᵢ ln yᵢ over y &gt; 0 (Spinu 2013), whose optimum has yᵢ(Σy)ᵢ = bᵢ, by Newton's method with a
/// step that keeps y positive, then w = y / Σy. Converges to machine precision in a few dozen steps.
/// </summary>
public static class RiskParity
{
    public static double[] EqualRiskContribution(Matrix<double> covariance) =>
        Weights(covariance, Enumerable.Repeat(1.0 / covariance.RowCount, covariance.RowCount).ToArray());

    public static double[] Weights(Matrix<double> covariance, IReadOnlyList<double> budgets)
    {
        var n = covariance.RowCount;
        if (n < 2 || covariance.ColumnCount != n) throw new ArgumentException($"risk parity needs a square covariance of at least two assets, not {n} × {covariance.ColumnCount}");
        if (budgets.Count != n) throw new ArgumentException($"{budgets.Count} risk budgets for {n} assets");
        if (budgets.Any(b => !(b > 0) || double.IsInfinity(b))) throw new ArgumentException("every risk budget must be a positive number");
        if (Math.Abs(budgets.Sum() - 1) > 1e-9)
            throw new ArgumentException($"risk budgets sum to {budgets.Sum().ToString("G10", CultureInfo.InvariantCulture)}, not 1");
        if (covariance.Diagonal().Any(v => !(v > 0))) throw new ArgumentException("covariance has an asset with zero or negative variance");
        var b = Vector<double>.Build.DenseOfEnumerable(budgets);
        var y = Vector<double>.Build.Dense(n, i => Math.Sqrt(b[i] / covariance[i, i]));
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var sy = covariance * y;
            var gradient = sy - b.PointwiseDivide(y);
            if (gradient.AbsoluteMaximum() <= 1e-15 * (1 + sy.AbsoluteMaximum())) break;
            var hessian = covariance + Matrix<double>.Build.DenseOfDiagonalVector(b.PointwiseDivide(y.PointwiseMultiply(y)));
            var step = -hessian.Cholesky().Solve(gradient);
            var t = 1.0;
            for (var i = 0; i < n; i++)
                if (step[i] < 0) t = Math.Min(t, -0.9 * y[i] / step[i]);
            var current = Objective(covariance, b, y);
            while (t > 1e-12 && Objective(covariance, b, y + t * step) > current + 1e-4 * t * gradient.DotProduct(step)) t /= 2;
            var next = y + t * step;
            if ((next - y).AbsoluteMaximum() <= 1e-16 * y.AbsoluteMaximum()) { y = next; break; }
            y = next;
        }
        return (y / y.Sum()).ToArray();
    }

    private static double Objective(Matrix<double> covariance, Vector<double> budgets, Vector<double> y) =>
        0.5 * y.DotProduct(covariance * y) - budgets.DotProduct(y.Map(Math.Log));
}
