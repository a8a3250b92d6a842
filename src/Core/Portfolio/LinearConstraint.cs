namespace Hive.Core.Portfolio;

/// <summary>
/// One linear constraint Σ coefficients[k]·x[indexes[k]] (= or ≥) bound, stored sparsely: a weight bound touches one
/// variable, a budget all of them.
/// </summary>
public sealed record LinearConstraint(int[] Indexes, double[] Coefficients, double Bound, string Name)
{
    public static LinearConstraint Dense(double[] coefficients, double bound, string name)
    {
        var indexes = Enumerable.Range(0, coefficients.Length).Where(i => coefficients[i] != 0).ToArray();
        return new LinearConstraint(indexes, indexes.Select(i => coefficients[i]).ToArray(), bound, name);
    }

    public static LinearConstraint Single(int index, double coefficient, double bound, string name) => new([index], [coefficient], bound, name);

    public double Value(double[] x)
    {
        double sum = 0;
        for (var k = 0; k < Indexes.Length; k++) sum += Coefficients[k] * x[Indexes[k]];
        return sum;
    }
}
