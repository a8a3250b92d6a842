namespace Hive.Core.Strategies.Portfolio;

/// <summary>Range checks for strategy parameters. Each throws an <see cref="ArgumentOutOfRangeException"/> whose
/// parameter name and message carry the name written on the command line, which the catalog passes on.</summary>
internal static class ParameterChecks
{
    public static int AtLeast(int value, int minimum, string name) =>
        value >= minimum ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {minimum}, got {value}");

    public static decimal Positive(decimal value, string name) =>
        value > 0m ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive, got {value}");

    public static decimal? Positive(decimal? value, string name) => value is { } v ? Positive(v, name) : null;

    public static decimal NonNegative(decimal value, string name) =>
        value >= 0m ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must not be negative, got {value}");

    /// <summary>A fraction in (0, 1].</summary>
    public static decimal Fraction(decimal value, string name) =>
        value is > 0m and <= 1m ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be in (0, 1], got {value}");
}
