using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Portfolio;

/// <summary>
/// A square covariance matrix as CSV: a header with an empty (or any) first cell and the asset names, then one row per
/// asset starting with its name, in the header's order. Values are annualised covariances.
/// </summary>
public static class CovarianceCsv
{
    public static (IReadOnlyList<string> Assets, Matrix<double> Covariance) Parse(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        if (lines.Count < 3) throw new ArgumentException("covariance CSV needs a header of asset names and one row per asset (at least two)");
        var assets = lines[0].Split(',').Skip(1).Select(a => a.Trim()).ToArray();
        if (lines.Count - 1 != assets.Length) throw new ArgumentException($"covariance CSV has {assets.Length} asset columns but {lines.Count - 1} rows; it must be square");
        var matrix = Matrix<double>.Build.Dense(assets.Length, assets.Length);
        for (var i = 0; i < assets.Length; i++)
        {
            var cells = lines[i + 1].Split(',');
            if (cells.Length != assets.Length + 1) throw new ArgumentException($"covariance CSV row {i + 1} has {cells.Length - 1} values for {assets.Length} assets");
            if (cells[0].Trim() != assets[i]) throw new ArgumentException($"covariance CSV row {i + 1} is '{cells[0].Trim()}', the header's asset {i + 1} is {assets[i]}");
            for (var j = 0; j < assets.Length; j++)
                matrix[i, j] = double.TryParse(cells[j + 1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
                    ? value
                    : throw new ArgumentException($"covariance {assets[i]}/{assets[j]} is '{cells[j + 1].Trim()}', not a number");
        }
        return (assets, matrix);
    }
}
