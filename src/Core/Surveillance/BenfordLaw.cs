using MathNet.Numerics.Distributions;

namespace Hive.Core.Surveillance;

/// <summary>Benford's first-digit law and its chi-square goodness-of-fit test (8 degrees of freedom: nine digits, one constraint).</summary>
public static class BenfordLaw
{
    /// <summary>P(first digit = d) = log10(1 + 1/d), for d = 1..9 (index 0 is digit 1).</summary>
    public static readonly IReadOnlyList<double> Expected = Enumerable.Range(1, 9).Select(d => Math.Log10(1 + 1.0 / d)).ToArray();

    /// <summary>The first significant digit of a positive size (0.05 → 5, 1200 → 1); 0 for a size of zero or less.</summary>
    public static int FirstDigit(decimal size)
    {
        if (size <= 0m) return 0;
        while (size >= 10m) size /= 10m;
        while (size < 1m) size *= 10m;
        return (int)decimal.Truncate(size);
    }

    /// <summary>How many sizes start with each digit 1..9 (index 0 is digit 1); sizes of zero or less are not counted.</summary>
    public static int[] Counts(IEnumerable<decimal> sizes)
    {
        var counts = new int[9];
        foreach (var digit in sizes.Select(FirstDigit).Where(d => d > 0)) counts[digit - 1]++;
        return counts;
    }

    /// <summary>Pearson's chi-square of observed digit counts against Benford's expectation, and its p-value.</summary>
    public static (double ChiSquare, double PValue) Test(IReadOnlyList<int> counts)
    {
        var n = counts.Sum();
        if (n == 0) return (0, 1);
        var chiSquare = counts.Select((observed, i) => Math.Pow(observed - n * Expected[i], 2) / (n * Expected[i])).Sum();
        return (chiSquare, 1 - ChiSquared.CDF(8, chiSquare));
    }
}
