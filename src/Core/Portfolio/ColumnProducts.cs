namespace Hive.Core.Portfolio;

/// <summary>
/// Xᵀ X for X stored as columns (one array per asset): the symmetric half only, with four rows at a time in the inner
/// loop. A few times faster than a general matrix product for the tall, thin return matrices of portfolios.
/// </summary>
internal static class ColumnProducts
{
    public static double[,] Gram(IReadOnlyList<double[]> columns)
    {
        var n = columns.Count;
        var gram = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            var x = columns[i];
            for (var j = i; j < n; j++)
            {
                var y = columns[j];
                double a = 0, b = 0, c = 0, d = 0;
                var t = 0;
                for (; t + 3 < x.Length; t += 4)
                {
                    a += x[t] * y[t];
                    b += x[t + 1] * y[t + 1];
                    c += x[t + 2] * y[t + 2];
                    d += x[t + 3] * y[t + 3];
                }
                for (; t < x.Length; t++) a += x[t] * y[t];
                gram[i, j] = gram[j, i] = a + b + c + d;
            }
        }
        return gram;
    }
}
