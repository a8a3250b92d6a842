using System.Text.RegularExpressions;

namespace Hive.Cluster.Tests.Metrics;

/// <summary>The metric names a PromQL expression refers to: what is left once label matchers, strings, ranges, grouping
/// clauses and function calls are taken out (good enough for the dashboards' and rules' queries, which use no
/// <c>on</c>/<c>ignoring</c> vector matching).</summary>
public static partial class PromQlNames
{
    private static readonly HashSet<string> Keywords = ["by", "without", "and", "or", "unless", "bool", "offset", "inf", "nan"];

    public static IReadOnlySet<string> Of(string expr)
    {
        var stripped = Strings().Replace(expr, " ");
        stripped = Matchers().Replace(stripped, " ");
        stripped = Ranges().Replace(stripped, " ");
        stripped = Grouping().Replace(stripped, " ");
        return Identifiers().Matches(stripped)
            .Where(m => !IsCall(stripped, m.Index + m.Length) && !Keywords.Contains(m.Value.ToLowerInvariant()))
            .Select(m => m.Value)
            .ToHashSet();
    }

    private static bool IsCall(string text, int after)
    {
        while (after < text.Length && char.IsWhiteSpace(text[after])) after++;
        return after < text.Length && text[after] == '(';
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Strings();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Matchers();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Ranges();

    [GeneratedRegex(@"\b(by|without)\s*\([^)]*\)")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"(?<![\w.])[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex Identifiers();
}
