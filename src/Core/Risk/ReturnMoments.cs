namespace Hive.Core.Risk;

/// <summary>
/// The moments of a return series the parametric methods use: the mean, the sample standard deviation (divisor n − 1),
/// and, from the biased central moments m<sub>k</sub> = mean((r − r̄)<sup>k</sup>), the skewness m₃/m₂<sup>1.5</sup> and the
/// excess kurtosis m₄/m₂² − 3 (both NaN when the returns do not vary).
/// </summary>
public readonly record struct ReturnMoments(int Count, double Mean, double StandardDeviation, double Skewness, double ExcessKurtosis)
{
    public static ReturnMoments Of(IReadOnlyList<double> returns)
    {
        if (returns.Count < 2)
            throw new ArgumentException($"too few returns for a standard deviation: {returns.Count} (need at least 2, i.e. 3 shared dates)");
        var n = returns.Count;
        var mean = 0.0;
        foreach (var r in returns) mean += r;
        mean /= n;
        double m2 = 0, m3 = 0, m4 = 0;
        foreach (var r in returns)
        {
            var d = r - mean;
            var d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        var standardDeviation = Math.Sqrt(m2 / (n - 1));
        (m2, m3, m4) = (m2 / n, m3 / n, m4 / n);
        return m2 > 0
            ? new ReturnMoments(n, mean, standardDeviation, m3 / Math.Pow(m2, 1.5), m4 / (m2 * m2) - 3)
            : new ReturnMoments(n, mean, standardDeviation, double.NaN, double.NaN);
    }
}
