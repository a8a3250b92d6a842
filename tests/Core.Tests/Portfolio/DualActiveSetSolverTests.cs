using Hive.Core.Portfolio;

namespace Hive.Core.Tests.Portfolio;

/// <summary>Small quadratic programs whose optima are known exactly (worked by hand or from the textbooks cited).</summary>
public sealed class DualActiveSetSolverTests
{
    private static LinearConstraint Row(double[] a, double b, string name = "c") => LinearConstraint.Dense(a, b, name);

    [Fact]
    public void Without_constraints_the_minimum_is_minus_h_inverse_c()
    {
        var solution = DualActiveSetSolver.Solve(new QuadraticProgram(new double[,] { { 2, 0 }, { 0, 4 } }, [-2, -8], [], []));
        Assert.Equal(1, solution.X[0], 12);
        Assert.Equal(2, solution.X[1], 12);
        Assert.Equal(-9, solution.Objective, 12);
    }

    [Fact]
    public void Nocedal_and_wright_example_16_4_ends_at_1_4_and_1_7()
    {
        // min (x1 − 1)² + (x2 − 2.5)² over the pentagon of Numerical Optimization (2nd ed.), example 16.4.
        var solution = DualActiveSetSolver.Solve(new QuadraticProgram(new double[,] { { 2, 0 }, { 0, 2 } }, [-2, -5], [],
            [Row([1, -2], -2), Row([-1, -2], -6), Row([-1, 2], -2), Row([1, 0], 0), Row([0, 1], 0)]));
        Assert.Equal(1.4, solution.X[0], 12);
        Assert.Equal(1.7, solution.X[1], 12);
    }

    [Fact]
    public void Quadprog_documentation_example_ends_at_10_22_44_over_21()
    {
        // min −(0, 5, 0)ᵀb + ½bᵀb s.t. Aᵀb ≥ (−8, 2, 0): the example of R's quadprog::solve.QP; optimum (10, 22, 44) / 21.
        var solution = DualActiveSetSolver.Solve(new QuadraticProgram(new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } }, [0, -5, 0], [],
            [Row([-4, -3, 0], -8), Row([2, 1, 0], 2), Row([0, -2, 1], 0)]));
        Assert.Equal(10.0 / 21, solution.X[0], 12);
        Assert.Equal(22.0 / 21, solution.X[1], 12);
        Assert.Equal(44.0 / 21, solution.X[2], 12);
    }

    [Fact]
    public void An_equality_is_met_exactly_and_a_repeated_one_is_harmless()
    {
        var sum = Row([1, 1], 1);
        var solution = DualActiveSetSolver.Solve(new QuadraticProgram(new double[,] { { 2, 0 }, { 0, 6 } }, [0, 0], [sum, sum], [Row([1, 0], 0)]));
        Assert.Equal(0.75, solution.X[0], 12);
        Assert.Equal(0.25, solution.X[1], 12);
    }

    [Fact]
    public void A_constraint_that_is_dropped_again_leaves_the_true_optimum()
    {
        // x ≥ (−1, 0) are violated at the start (x = (−2, −1)); after x₁ + x₂ ≥ 1 joins, x₁ ≥ −1 is slack and must leave.
        var solution = DualActiveSetSolver.Solve(new QuadraticProgram(new double[,] { { 2, 0 }, { 0, 2 } }, [4, 2], [],
            [Row([1, 0], -1), Row([0, 1], 0), Row([1, 1], 1)]));
        Assert.Equal(0, solution.X[0], 12);
        Assert.Equal(1, solution.X[1], 12);
    }

    [Fact]
    public void Contradictory_constraints_are_reported_infeasible_with_their_names()
    {
        var error = Assert.Throws<InfeasibleProblemException>(() => DualActiveSetSolver.Solve(new QuadraticProgram(new double[,] { { 1 } }, [0], [],
            [Row([1], 1, "x ≥ 1"), Row([-1], 0, "x ≤ 0")])));
        Assert.Contains("x ≥ 1", error.Message + " ");
        Assert.Contains("x ≤ 0", error.Message);
    }

    [Fact]
    public void A_singular_hessian_is_refused_with_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(() => DualActiveSetSolver.Solve(new QuadraticProgram(new double[,] { { 1, 1 }, { 1, 1 } }, [0, 0], [], [])));
        Assert.Contains("singular", error.Message);
    }
}
