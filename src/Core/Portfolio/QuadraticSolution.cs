namespace Hive.Core.Portfolio;

/// <summary>The minimiser, its objective value and the number of active-set changes it took.</summary>
public sealed record QuadraticSolution(double[] X, double Objective, int Iterations);
