namespace Hive.Core.Portfolio;

/// <summary>
/// minimise ½ xᵀ H x + cᵀ x subject to equalities aᵢᵀx = bᵢ and inequalities gⱼᵀx ≥ hⱼ, with H symmetric positive definite
/// (n × n, row-major). Solved by <see cref="DualActiveSetSolver"/>.
/// </summary>
public sealed record QuadraticProgram(double[,] Hessian, double[] Linear, IReadOnlyList<LinearConstraint> Equalities, IReadOnlyList<LinearConstraint> Inequalities)
{
    public int Dimension => Linear.Length;
}
