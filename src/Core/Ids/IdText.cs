namespace Hive.Core.Ids;

/// <summary>The characters an id may hold: they end up in journal persistence ids, URLs and file names.</summary>
public static class IdText
{
    public const int MaxLength = 128;

    public static bool IsValid(string? text) =>
        !string.IsNullOrEmpty(text) && text.Length <= MaxLength &&
        text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/');

    public static string Require(string? text, string what) =>
        IsValid(text) ? text! : throw new FormatException(
            $"{what} '{text}' is invalid: use 1-{MaxLength} letters, digits, '-', '_', '.', '/'");
}
