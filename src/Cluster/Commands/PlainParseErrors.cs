using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Hive.Cluster.Commands;

/// <summary>
/// A value of the wrong kind, in plain words. System.CommandLine says "Cannot parse argument 'abc' for option '--limit'
/// as expected type 'System.Int32'", which names a .NET type a user of `hive` never sees; this says
/// "--limit: 'abc' is not a whole number" (an enum lists its values), then where the options are described. Other parse
/// errors (unknown options, missing values) keep System.CommandLine's own report, with its help and typo corrections.
/// </summary>
public static partial class PlainParseErrors
{
    [GeneratedRegex("^Cannot parse argument '(?<value>.*)' for (option|command) '(?<name>[^']*)' as expected type '[^']*'\\.", RegexOptions.Singleline)]
    private static partial Regex CannotParse();

    /// <summary>The lines to print instead of System.CommandLine's report, or null when no error is a value of the wrong kind.</summary>
    public static IReadOnlyList<string>? Describe(ParseResult parse)
    {
        if (!parse.Errors.Any(e => CannotParse().IsMatch(e.Message))) return null;
        return [.. parse.Errors.Select(Describe), $"Run '{CommandPath(parse)} --help' to see what each option takes."];
    }

    /// <summary>What a value of <paramref name="type"/> looks like, in words.</summary>
    public static string Expected(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsEnum) return "one of " + string.Join(", ", Enum.GetNames(t).Select(n => n.ToLowerInvariant()));
        if (t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(byte) || t == typeof(uint) || t == typeof(ulong)) return "a whole number";
        if (t == typeof(decimal) || t == typeof(double) || t == typeof(float)) return "a number (like 12.5)";
        if (t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(DateOnly)) return "a date (like 2020-01-31)";
        if (t == typeof(TimeSpan)) return "a duration (like 00:30:00)";
        if (t == typeof(bool)) return "true or false";
        if (typeof(FileSystemInfo).IsAssignableFrom(t)) return "a path";
        return $"a valid {t.Name.ToLowerInvariant()}";
    }

    private static string Describe(ParseError error)
    {
        var match = CannotParse().Match(error.Message);
        if (!match.Success) return error.Message;
        var (name, type) = error.SymbolResult switch
        {
            OptionResult o => (o.Option.Name, o.Option.ValueType),
            ArgumentResult { Parent: OptionResult o } => (o.Option.Name, o.Option.ValueType),
            ArgumentResult a => ($"<{a.Argument.Name}>", a.Argument.ValueType),
            _ => (match.Groups["name"].Value, null),
        };
        return $"{name}: '{match.Groups["value"].Value}' is not {(type is null ? "a valid value" : Expected(type))}";
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var c = parse.CommandResult; c is not null; c = c.Parent as CommandResult)
            names.Insert(0, c.Parent is null ? "hive" : c.Command.Name);
        return string.Join(' ', names);
    }
}
