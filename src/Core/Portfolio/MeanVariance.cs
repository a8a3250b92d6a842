using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Portfolio;

/// <summary>
/// Markowitz mean-variance optimisers over annualised expected returns μ and covariance Σ, each subject to
/// <see cref="WeightConstraints"/> and solved exactly by <see cref="DualActiveSetSolver"/>: PyPortfolioOpt's
/// <c>min_volatility</c>, <c>max_sharpe</c>, <c>efficient_risk</c> and <c>efficient_return</c>.
/// </summary>
public static class MeanVariance
{
    /// <summary>minimise wᵀΣw + γ‖w − anchor‖².</summary>
    public static double[] MinVolatility(Matrix<double> covariance, WeightConstraints constraints)
    {
        Check(covariance, null, constraints);
        return Solve(covariance, null, 1, constraints, []);
    }

    /// <summary>minimise wᵀΣw + γ‖w − anchor‖² subject to wᵀμ ≥ target.</summary>
    public static double[] EfficientReturn(IReadOnlyList<double> expectedReturns, Matrix<double> covariance, double targetReturn, WeightConstraints constraints)
    {
        Check(covariance, expectedReturns, constraints);
        if (!double.IsFinite(targetReturn)) throw new ArgumentException("target return must be a finite number");
        var target = new LinearConstraint(Enumerable.Range(0, expectedReturns.Count).ToArray(), expectedReturns.ToArray(), targetReturn, $"expected return ≥ {F(targetReturn)}");
        try
        {
            return Solve(covariance, null, 1, constraints, [target]);
        }
        catch (InfeasibleProblemException)
        {
            throw new InfeasibleProblemException($"target return {F(targetReturn)} cannot be reached within the bounds (the highest expected return of any asset is {F(expectedReturns.Max())})");
        }
    }

    /// <summary>
    /// maximise wᵀμ − γ‖w − anchor‖² subject to √(wᵀΣw) ≤ target. The optimum lies on the frontier
    /// argmin ν·wᵀΣw + γ‖w − anchor‖² − wᵀμ, whose volatility falls as ν grows, so ν is found by bisection (on log ν) until
    /// the volatility equals the target to 10⁻¹² relative, or the target does not bind (then the highest-return portfolio).
    /// A target below the minimum volatility is an error that names the minimum.
    /// </summary>
    public static double[] EfficientRisk(IReadOnlyList<double> expectedReturns, Matrix<double> covariance, double targetVolatility, WeightConstraints constraints)
    {
        Check(covariance, expectedReturns, constraints);
        if (!(targetVolatility > 0) || double.IsInfinity(targetVolatility)) throw new ArgumentException($"target volatility {F(targetVolatility)}: must be a positive number");
        var unpenalised = new WeightConstraints(constraints.Lower, constraints.Upper, constraints.Groups);
        var minimum = PortfolioPerformance.VolatilityOf(Solve(covariance, null, 1, unpenalised, []), covariance);
        if (targetVolatility < minimum * (1 - 1e-9))
            throw new ArgumentException($"target volatility {F(targetVolatility)} is below the minimum volatility {F(minimum)} these assets and bounds allow");
        var riskiest = constraints.Penalty == 0 ? MaxReturn(expectedReturns, constraints) : Solve(covariance, expectedReturns, 1e-8, constraints, []);
        if (PortfolioPerformance.VolatilityOf(riskiest, covariance) <= targetVolatility) return riskiest;
        double lo = Math.Log(1e-8), hi = Math.Log(1e8);
        var safest = Solve(covariance, expectedReturns, Math.Exp(hi), constraints, []);
        if (PortfolioPerformance.VolatilityOf(safest, covariance) >= targetVolatility) return safest;
        var best = safest;
        for (var i = 0; i < 200; i++)
        {
            var mid = 0.5 * (lo + hi);
            var weights = Solve(covariance, expectedReturns, Math.Exp(mid), constraints, []);
            var volatility = PortfolioPerformance.VolatilityOf(weights, covariance);
            if (volatility > targetVolatility) lo = mid;
            else { hi = mid; best = weights; }
            if (Math.Abs(volatility - targetVolatility) <= 1e-12 * targetVolatility) return weights;
        }
        return best;
    }

    /// <summary>
    /// The tangency portfolio, maximising (wᵀμ − r_f) / √(wᵀΣw), by the Cornuejols-Tütüncü change of variables that
    /// PyPortfolioOpt uses: minimise yᵀΣy subject to (μ − r_f)ᵀy = 1 and every constraint aᵀw ≥ b written as
    /// aᵀy ≥ b·Σy, then w = y / Σy. Needs an asset whose expected return beats the risk-free rate; takes no penalty
    /// (it would not survive the change of variables).
    /// </summary>
    public static double[] MaxSharpe(IReadOnlyList<double> expectedReturns, Matrix<double> covariance, double riskFreeRate, WeightConstraints constraints)
    {
        Check(covariance, expectedReturns, constraints);
        if (!double.IsFinite(riskFreeRate)) throw new ArgumentException("risk-free rate must be a finite number");
        if (constraints.Penalty > 0) throw new ArgumentException("max-sharpe takes no L2 or turnover penalty (use efficient-risk or efficient-return with one)");
        if (expectedReturns.Max() <= riskFreeRate)
            throw new ArgumentException($"max-sharpe needs an expected return above the risk-free rate {F(riskFreeRate)}; the highest is {F(expectedReturns.Max())}");
        var n = expectedReturns.Count;
        var all = Enumerable.Range(0, n).ToArray();
        var longOnly = constraints.Lower.All(l => l >= 0);
        var rows = new List<LinearConstraint> { new(all, Enumerable.Repeat(1.0, n).ToArray(), 0, "weights sum to a positive scale") };
        foreach (var row in constraints.Inequalities())
        {
            if (longOnly && row.Indexes.Length == 1 && row.Coefficients[0] < 0 && -row.Bound >= 1) continue; // w ≤ 1 already follows
            var dense = new double[n];
            for (var k = 0; k < row.Indexes.Length; k++) dense[row.Indexes[k]] += row.Coefficients[k];
            for (var i = 0; i < n; i++) dense[i] -= row.Bound;
            rows.Add(LinearConstraint.Dense(dense, 0, row.Name));
        }
        var excess = new LinearConstraint(all, expectedReturns.Select(m => m - riskFreeRate).ToArray(), 1, "excess return = 1");
        var y = DualActiveSetSolver.Solve(new QuadraticProgram(Hessian(covariance, 1, 0), new double[n], [excess], rows)).X;
        var scale = y.Sum();
        if (!(scale > 0)) throw new ArgumentException("max-sharpe found no portfolio with a positive excess return within the bounds");
        return y.Select(v => v / scale).ToArray();
    }

    /// <summary>
    /// <paramref name="points"/> efficient portfolios (min volatility at evenly spaced target returns) from the minimum
    /// volatility portfolio's return to the highest return the bounds allow.
    /// </summary>
    public static IReadOnlyList<FrontierPoint> Frontier(IReadOnlyList<double> expectedReturns, Matrix<double> covariance, WeightConstraints constraints, int points = 30)
    {
        Check(covariance, expectedReturns, constraints);
        if (points < 2) throw new ArgumentException($"points {points}: a frontier needs at least two");
        var unpenalised = new WeightConstraints(constraints.Lower, constraints.Upper, constraints.Groups);
        var low = PortfolioPerformance.Of(MinVolatility(covariance, unpenalised), expectedReturns, covariance, 0).ExpectedReturn;
        var high = PortfolioPerformance.Of(MaxReturn(expectedReturns, unpenalised), expectedReturns, covariance, 0).ExpectedReturn;
        var frontier = new List<FrontierPoint>();
        for (var k = 0; k < points; k++)
        {
            var target = low + (high - low) * k / (points - 1) * (1 - 1e-9);
            var performance = PortfolioPerformance.Of(EfficientReturn(expectedReturns, covariance, target, unpenalised), expectedReturns, covariance, 0);
            frontier.Add(new FrontierPoint(performance.Volatility, performance.ExpectedReturn));
        }
        return frontier;
    }

    /// <summary>
    /// The highest-return weights, a linear program, by the proximal point method: w ← the projection of w + t·μ onto the
    /// constraints, each a small quadratic program with H = I. On a polyhedron it stops at an optimal vertex after finitely
    /// many steps, so the answer is exact rather than the limit of a vanishing risk term.
    /// </summary>
    private static double[] MaxReturn(IReadOnlyList<double> expectedReturns, WeightConstraints constraints)
    {
        var n = expectedReturns.Count;
        var scale = 10 / Math.Max(expectedReturns.Max(m => Math.Abs(m)), 1e-12);
        var identity = new double[n, n];
        for (var i = 0; i < n; i++) identity[i, i] = 1;
        var budget = new LinearConstraint(Enumerable.Range(0, n).ToArray(), Enumerable.Repeat(1.0, n).ToArray(), 1, "weights sum to 1");
        var rows = constraints.Inequalities();
        var w = new double[n];
        for (var step = 0; step < 1000; step++)
        {
            var linear = Enumerable.Range(0, n).Select(i => -w[i] - scale * expectedReturns[i]).ToArray();
            var next = DualActiveSetSolver.Solve(new QuadraticProgram(identity, linear, [budget], rows)).X;
            var moved = Enumerable.Range(0, n).Max(i => Math.Abs(next[i] - w[i]));
            w = next;
            if (moved <= 1e-15 && step > 0) break;
        }
        return w;
    }

    /// <summary>argmin risk·wᵀΣw + γ‖w − anchor‖² − [μ given]·wᵀμ subject to Σw = 1, the constraints and <paramref name="extra"/>.</summary>
    private static double[] Solve(Matrix<double> covariance, IReadOnlyList<double>? expectedReturns, double risk, WeightConstraints constraints,
        IReadOnlyList<LinearConstraint> extra)
    {
        var n = covariance.RowCount;
        var linear = new double[n];
        for (var i = 0; i < n; i++)
            linear[i] = -2 * constraints.Penalty * constraints.Anchor[i] - (expectedReturns?[i] ?? 0);
        var budget = new LinearConstraint(Enumerable.Range(0, n).ToArray(), Enumerable.Repeat(1.0, n).ToArray(), 1, "weights sum to 1");
        var program = new QuadraticProgram(Hessian(covariance, risk, constraints.Penalty), linear, [budget], [.. constraints.Inequalities(), .. extra]);
        return DualActiveSetSolver.Solve(program).X;
    }

    /// <summary>2·risk·Σ + 2γI: the Hessian of risk·wᵀΣw + γ‖w‖².</summary>
    private static double[,] Hessian(Matrix<double> covariance, double risk, double penalty)
    {
        var n = covariance.RowCount;
        var h = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                h[i, j] = 2 * risk * covariance[i, j] + (i == j ? 2 * penalty : 0);
        return h;
    }

    internal static void Check(Matrix<double> covariance, IReadOnlyList<double>? expectedReturns, WeightConstraints constraints)
    {
        var n = covariance.RowCount;
        if (covariance.ColumnCount != n) throw new ArgumentException($"covariance is {n} × {covariance.ColumnCount}, not square");
        if (n < 2) throw new ArgumentException($"{n} asset(s): a portfolio needs at least two");
        if (covariance.Enumerate().Any(v => !double.IsFinite(v))) throw new ArgumentException("covariance has a missing or infinite entry");
        if (constraints.Assets != n) throw new ArgumentException($"constraints for {constraints.Assets} assets, covariance for {n}");
        if (expectedReturns is null) return;
        if (expectedReturns.Count != n) throw new ArgumentException($"{expectedReturns.Count} expected returns for {n} assets");
        if (expectedReturns.Any(m => !double.IsFinite(m))) throw new ArgumentException("expected returns have a missing or infinite value");
    }

    private static string F(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
