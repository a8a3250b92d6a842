namespace Hive.Core.Portfolio;

/// <summary>
/// The dual active-set method of Goldfarb and Idnani (1983) for strictly convex quadratic programs, for small dense
/// problems (a few hundred variables). It starts from the unconstrained minimum x = −H⁻¹c and adds violated constraints
/// one at a time (the equalities first, then the most violated inequality), dropping active inequalities whose
/// multipliers would turn negative, so every iterate is optimal for the constraints it has. It keeps J = L⁻ᵀQ (H = LLᵀ)
/// and the triangular R with JᵀN = [R; 0] over the active normals N, updated by Givens rotations.
/// No feasible starting point is needed, and an empty feasible set is detected (a violated constraint that no step can
/// reach): it throws <see cref="InfeasibleProblemException"/> naming that constraint.
/// </summary>
public static class DualActiveSetSolver
{
    public static QuadraticSolution Solve(QuadraticProgram problem)
    {
        var state = new Workspace(problem);
        foreach (var equality in problem.Equalities) state.Add(equality, equality: true);
        var limit = 20 * (problem.Dimension + problem.Equalities.Count + problem.Inequalities.Count) + 100;
        for (var iteration = 0; ; iteration++)
        {
            if (iteration > limit) throw new InvalidOperationException($"the quadratic solver did not converge in {limit} steps");
            LinearConstraint? worst = null;
            var worstSlack = 0.0;
            foreach (var constraint in problem.Inequalities)
            {
                var slack = state.Slack(constraint, 1);
                if (slack < -state.Tolerance(constraint) && slack < worstSlack) { worst = constraint; worstSlack = slack; }
            }
            if (worst is null) break;
            state.Add(worst, equality: false);
        }
        return new QuadraticSolution(state.X, Objective(problem, state.X), state.Changes);
    }

    private static double Objective(QuadraticProgram problem, double[] x)
    {
        var n = x.Length;
        double value = 0;
        for (var i = 0; i < n; i++)
        {
            double row = 0;
            for (var j = 0; j < n; j++) row += problem.Hessian[i, j] * x[j];
            value += x[i] * (0.5 * row + problem.Linear[i]);
        }
        return value;
    }

    private sealed class Workspace
    {
        private readonly int n;
        private readonly double[,] j;
        private readonly double[,] r;
        private readonly List<(LinearConstraint Constraint, double Sign, bool Equality)> active = [];
        private readonly List<double> multipliers = [];

        public Workspace(QuadraticProgram problem)
        {
            n = problem.Dimension;
            if (problem.Hessian.GetLength(0) != n || problem.Hessian.GetLength(1) != n)
                throw new ArgumentException($"Hessian is {problem.Hessian.GetLength(0)} × {problem.Hessian.GetLength(1)} for {n} variables");
            var lower = Cholesky(problem.Hessian);
            j = InverseTranspose(lower);
            r = new double[n, n];
            X = new double[n];
            // x = −J Jᵀ c
            var jc = new double[n];
            for (var i = 0; i < n; i++)
            {
                double sum = 0;
                for (var k = 0; k <= i; k++) sum += j[k, i] * problem.Linear[k];
                jc[i] = sum;
            }
            for (var k = 0; k < n; k++)
            {
                double sum = 0;
                for (var i = k; i < n; i++) sum += j[k, i] * jc[i];
                X[k] = -sum;
            }
        }

        public double[] X { get; }

        public int Changes { get; private set; }

        private int Q => active.Count;

        public double Slack(LinearConstraint constraint, double sign) => sign * (constraint.Value(X) - constraint.Bound);

        public double Tolerance(LinearConstraint constraint)
        {
            double scale = 1 + Math.Abs(constraint.Bound);
            for (var k = 0; k < constraint.Indexes.Length; k++) scale += Math.Abs(constraint.Coefficients[k] * X[constraint.Indexes[k]]);
            return 1e-12 * scale;
        }

        public void Add(LinearConstraint constraint, bool equality)
        {
            var sign = equality && Slack(constraint, 1) > 0 ? -1.0 : 1.0;
            var multiplier = 0.0;
            var d = new double[n];
            var z = new double[n];
            var step = new double[n];
            while (true)
            {
                var slack = Slack(constraint, sign);
                if (!equality && slack >= -Tolerance(constraint)) return;
                Changes++;
                Array.Clear(d);
                for (var k = 0; k < constraint.Indexes.Length; k++)
                {
                    var row = constraint.Indexes[k];
                    var coefficient = sign * constraint.Coefficients[k];
                    for (var i = 0; i < n; i++) d[i] += coefficient * j[row, i];
                }
                var q = Q;
                double dNorm = 0, zn = 0;
                for (var i = 0; i < n; i++) dNorm += d[i] * d[i];
                for (var i = q; i < n; i++) zn += d[i] * d[i];
                Array.Clear(z);
                for (var i = q; i < n; i++)
                {
                    var di = d[i];
                    if (di == 0) continue;
                    for (var k = 0; k < n; k++) z[k] += j[k, i] * di;
                }
                // step = R⁻¹ d₁
                for (var i = q - 1; i >= 0; i--)
                {
                    var sum = d[i];
                    for (var k = i + 1; k < q; k++) sum -= r[i, k] * step[k];
                    step[i] = sum / r[i, i];
                }
                var partial = double.PositiveInfinity;
                var drop = -1;
                var stepScale = 1.0;
                for (var i = 0; i < q; i++) stepScale = Math.Max(stepScale, Math.Abs(step[i]));
                for (var i = 0; i < q; i++)
                {
                    if (active[i].Equality || step[i] <= 1e-13 * stepScale) continue;
                    var ratio = multipliers[i] / step[i];
                    if (ratio < partial) { partial = ratio; drop = i; }
                }
                var reachable = zn > 1e-14 * dNorm;
                if (equality && !reachable && Math.Abs(slack) <= Tolerance(constraint)) return; // implied by the active constraints
                var full = reachable ? -slack / zn : double.PositiveInfinity;
                if (double.IsPositiveInfinity(partial) && !reachable)
                    throw new InfeasibleProblemException($"the constraints cannot all hold: {constraint.Name} conflicts with {string.Join(", ", active.Select(a => a.Constraint.Name))}");
                var t = Math.Min(partial, full);
                if (reachable)
                    for (var k = 0; k < n; k++) X[k] += t * z[k];
                for (var i = 0; i < q; i++) multipliers[i] -= t * step[i];
                multiplier += t;
                if (reachable && full <= partial)
                {
                    Append(d, constraint, sign, equality, multiplier);
                    return;
                }
                Drop(drop);
            }
        }

        private void Append(double[] d, LinearConstraint constraint, double sign, bool equality, double multiplier)
        {
            var q = Q;
            for (var col = n - 1; col > q; col--)
            {
                if (d[col] == 0) continue;
                var h = Hypot(d[col - 1], d[col]);
                double c = d[col - 1] / h, s = d[col] / h;
                d[col - 1] = h;
                d[col] = 0;
                RotateColumns(col - 1, c, s);
            }
            for (var i = 0; i <= q; i++) r[i, q] = d[i];
            active.Add((constraint, sign, equality));
            multipliers.Add(multiplier);
        }

        private void Drop(int position)
        {
            var q = Q;
            active.RemoveAt(position);
            multipliers.RemoveAt(position);
            for (var col = position; col < q - 1; col++)
                for (var i = 0; i < q; i++) r[i, col] = r[i, col + 1];
            for (var i = 0; i < q; i++) r[i, q - 1] = 0;
            for (var col = position; col < q - 1; col++)
            {
                double a = r[col, col], b = r[col + 1, col];
                if (b == 0) continue;
                var h = Hypot(a, b);
                double c = a / h, s = b / h;
                r[col, col] = h;
                r[col + 1, col] = 0;
                for (var k = col + 1; k < q - 1; k++)
                {
                    double upper = r[col, k], lowerValue = r[col + 1, k];
                    r[col, k] = c * upper + s * lowerValue;
                    r[col + 1, k] = -s * upper + c * lowerValue;
                }
                RotateColumns(col, c, s);
            }
            for (var k = 0; k < q; k++) r[q - 1, k] = 0;
        }

        /// <summary>Columns (i, i + 1) of J ← (c·Jᵢ + s·Jᵢ₊₁, −s·Jᵢ + c·Jᵢ₊₁).</summary>
        private void RotateColumns(int i, double c, double s)
        {
            for (var k = 0; k < n; k++)
            {
                double a = j[k, i], b = j[k, i + 1];
                j[k, i] = c * a + s * b;
                j[k, i + 1] = -s * a + c * b;
            }
        }

        private static double Hypot(double a, double b)
        {
            double x = Math.Abs(a), y = Math.Abs(b);
            if (x < y) (x, y) = (y, x);
            if (x == 0) return 0;
            var ratio = y / x;
            return x * Math.Sqrt(1 + ratio * ratio);
        }

        private static double[,] Cholesky(double[,] h)
        {
            var n = h.GetLength(0);
            var l = new double[n, n];
            var scale = 0.0;
            for (var i = 0; i < n; i++) scale = Math.Max(scale, Math.Abs(h[i, i]));
            for (var col = 0; col < n; col++)
            {
                var sum = h[col, col];
                for (var k = 0; k < col; k++) sum -= l[col, k] * l[col, k];
                if (!(sum > 1e-14 * scale))
                    throw new ArgumentException("the covariance matrix is singular (not positive definite): some asset's risk is a combination of the others' (perfectly correlated, a constant price, or fewer dates than assets); use a shrunk covariance (--cov-model ledoit-wolf) or drop the redundant asset");
                var diagonal = Math.Sqrt(sum);
                l[col, col] = diagonal;
                for (var row = col + 1; row < n; row++)
                {
                    var value = h[row, col];
                    for (var k = 0; k < col; k++) value -= l[row, k] * l[col, k];
                    l[row, col] = value / diagonal;
                }
            }
            return l;
        }

        /// <summary>L⁻ᵀ, upper triangular: column c solves Lᵀ x = e_c.</summary>
        private static double[,] InverseTranspose(double[,] l)
        {
            var n = l.GetLength(0);
            var inverse = new double[n, n];
            // Lᵀ is upper triangular with Lᵀ[i,k] = l[k,i].
            for (var col = 0; col < n; col++)
                for (var i = col; i >= 0; i--)
                {
                    var sum = i == col ? 1.0 : 0.0;
                    for (var k = i + 1; k <= col; k++) sum -= l[k, i] * inverse[k, col];
                    inverse[i, col] = sum / l[i, i];
                }
            return inverse;
        }
    }
}
