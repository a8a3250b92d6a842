using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Portfolio;

/// <summary>
/// Periodic simple returns of several assets on shared dates, <see cref="double.NaN"/> where an asset has no return.
/// Statistics over it follow pandas: each column's mean skips its missing cells, and covariances and correlations are
/// pairwise, each pair over the dates both assets have (with that pair's own means, divisor n − 1).
/// </summary>
public sealed class ReturnTable
{
    public ReturnTable(IReadOnlyList<string> assets, IReadOnlyList<DateOnly> dates, IReadOnlyList<double[]> columns)
    {
        if (assets.Count != columns.Count) throw new ArgumentException($"{assets.Count} asset names for {columns.Count} return columns");
        if (columns.Any(c => c.Length != dates.Count)) throw new ArgumentException("every return column needs one cell per date");
        if (assets.Count < 2) throw new ArgumentException($"{assets.Count} asset(s): a portfolio needs at least two");
        for (var j = 0; j < columns.Count; j++)
        {
            if (columns[j].Any(double.IsInfinity)) throw new ArgumentException($"{assets[j]} has an infinite return (a zero price)");
            if (columns[j].Count(r => !double.IsNaN(r)) < 2)
                throw new ArgumentException($"{assets[j]} has {columns[j].Count(r => !double.IsNaN(r))} return(s): every asset needs at least two (three prices)");
        }
        Assets = assets;
        Dates = dates;
        Columns = columns;
        moments = new(PairwiseMoments);
    }

    // Covariance and correlation come from one pass over each pair (HRP needs both); the table never changes, so once.
    private readonly Lazy<(Matrix<double> Covariance, Matrix<double> Correlation)> moments;

    public IReadOnlyList<string> Assets { get; }

    public IReadOnlyList<DateOnly> Dates { get; }

    public IReadOnlyList<double[]> Columns { get; }

    public int Count => Dates.Count;

    /// <summary>True when no cell is missing: the fast, non-pairwise paths apply.</summary>
    public bool IsComplete => Columns.All(c => !c.Any(double.IsNaN));

    /// <summary>Each asset's mean return over its own dates.</summary>
    public double[] Means() => Columns.Select(c =>
    {
        double sum = 0; var n = 0;
        foreach (var r in c) if (!double.IsNaN(r)) { sum += r; n++; }
        return n == 0 ? double.NaN : sum / n;
    }).ToArray();

    /// <summary>The number of returns each asset has.</summary>
    public int[] Counts() => Columns.Select(c => c.Count(r => !double.IsNaN(r))).ToArray();

    /// <summary>The pairwise sample covariance (pandas <c>DataFrame.cov()</c>), per period; see the class summary.</summary>
    public Matrix<double> Covariance() => moments.Value.Covariance.Clone();

    /// <summary>The pairwise Pearson correlation (pandas <c>DataFrame.corr()</c>).</summary>
    public Matrix<double> Correlation() => moments.Value.Correlation.Clone();

    /// <summary>Every missing cell replaced by 0, as <c>numpy.nan_to_num</c> does before scikit-learn's estimators: a T × n matrix.</summary>
    public Matrix<double> ZeroFilled() =>
        Matrix<double>.Build.Dense(Count, Columns.Count, (t, j) => double.IsNaN(Columns[j][t]) ? 0 : Columns[j][t]);

    private (Matrix<double> Covariance, Matrix<double> Correlation) PairwiseMoments()
    {
        var n = Columns.Count;
        var covariance = Matrix<double>.Build.Dense(n, n);
        var correlation = Matrix<double>.Build.Dense(n, n);
        if (IsComplete)
        {
            var cross = ColumnProducts.Gram(Columns.Zip(Means(), (c, m) => c.Select(r => r - m).ToArray()).ToArray());
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++)
                {
                    covariance[i, j] = cross[i, j] / (Count - 1);
                    correlation[i, j] = cross[i, j] / Math.Sqrt(cross[i, i] * cross[j, j]);
                }
            return (covariance, correlation);
        }
        for (var i = 0; i < n; i++)
            for (var j = i; j < n; j++)
            {
                var (cov, corr) = PairStatistics(Columns[i], Columns[j]);
                covariance[i, j] = covariance[j, i] = cov;
                correlation[i, j] = correlation[j, i] = corr;
            }
        if (covariance.Enumerate().Any(double.IsNaN))
            throw new ArgumentException($"some pairs of assets share fewer than two return dates ({Pairs(covariance)}): their covariance is undefined");
        return (covariance, correlation);
    }

    private string Pairs(Matrix<double> result)
    {
        var pairs = new List<string>();
        for (var i = 0; i < result.RowCount && pairs.Count < 5; i++)
            for (var j = i; j < result.ColumnCount && pairs.Count < 5; j++)
                if (double.IsNaN(result[i, j])) pairs.Add(i == j ? Assets[i] : $"{Assets[i]}/{Assets[j]}");
        return string.Join(", ", pairs);
    }

    private static (double Covariance, double Correlation) PairStatistics(double[] x, double[] y)
    {
        double sumX = 0, sumY = 0; var count = 0;
        for (var t = 0; t < x.Length; t++)
        {
            if (double.IsNaN(x[t]) || double.IsNaN(y[t])) continue;
            sumX += x[t]; sumY += y[t]; count++;
        }
        if (count < 2) return (double.NaN, double.NaN);
        double meanX = sumX / count, meanY = sumY / count, xy = 0, xx = 0, yy = 0;
        for (var t = 0; t < x.Length; t++)
        {
            if (double.IsNaN(x[t]) || double.IsNaN(y[t])) continue;
            double dx = x[t] - meanX, dy = y[t] - meanY;
            xy += dx * dy; xx += dx * dx; yy += dy * dy;
        }
        return (xy / (count - 1), xy / Math.Sqrt(xx * yy));
    }
}
