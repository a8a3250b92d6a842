namespace Hive.Core.Strategies.Catalog;

/// <summary>Constructor checks that name the parameter as it is written on the command line, so the catalog's error
/// reads <c>ema-cross: slow must be greater than fast (12), got 5</c>.</summary>
public static class ParameterChecks
{
    public static int AtLeast(string name, int value, int minimum) =>
        value >= minimum ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {minimum}, got {value}");

    public static int Above(string name, int value, string otherName, int other) =>
        value > other ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be greater than {otherName} ({other}), got {value}");

    public static decimal Positive(string name, decimal value) =>
        value > 0m ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive, got {value}");

    public static decimal Between(string name, decimal value, decimal low, decimal high) =>
        value >= low && value <= high ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {low} and {high}, got {value}");

    public static decimal Below(string name, decimal value, string otherName, decimal other) =>
        value < other ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be below {otherName} ({other}), got {value}");
}
