namespace Hive.Core.Ids;

/// <summary>The characters an id may hold: they end up in journal persistence ids, URLs and file names, so no '/' and no
/// "..", which a path or URL would read as a separator or a step up, and no leading '.' (a hidden file).</summary>
public static class IdText
{
    public const int MaxLength = 128;

    public static bool IsValid(string? text) =>
        !string.IsNullOrEmpty(text) && text.Length <= MaxLength &&
        text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && text[0] != '.' && !text.Contains("..", StringComparison.Ordinal);

    public static string Require(string? text, string what) =>
        IsValid(text) ? text! : throw new FormatException(
            $"{what} '{text}' is invalid: use 1-{MaxLength} letters, digits, '-', '_' and single '.' not first");
}
