namespace Hive.Core.Domain;

/// <summary>Checks shared by every aggregate that takes amounts and currencies.</summary>
public static class Money
{
    /// <summary>ISO-4217-like codes and crypto tickers: 3 to 10 upper-case letters or digits.</summary>
    public static bool IsCurrency(string? code) =>
        code is { Length: >= 3 and <= 10 } && code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    public static Rejection? CheckPositive(decimal value, string what) =>
        value > 0 ? null : new Rejection("non-positive-" + what, $"{what} must be positive, got {value}");

    public static Rejection? CheckCurrency(string? code) =>
        IsCurrency(code) ? null : new Rejection("invalid-currency", $"currency '{code}' is not 3-10 upper-case letters or digits");
}
