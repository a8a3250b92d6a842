namespace Hive.Indicators.Internal;

/// <summary>TA-Lib's float comparisons (<c>TA_IS_ZERO</c> and friends use an epsilon of 1e-14).</summary>
internal static class Numerics
{
    public const double Epsilon = 0.00000000000001;

    public static bool IsZero(double v) => -Epsilon < v && v < Epsilon;

    public static bool IsZeroOrNegative(double v) => v < Epsilon;
}
