using System.Globalization;
using System.Text.Json;
using Hive.Indicators.Io;
using Hive.Indicators.Registry;

namespace Hive.Indicators.Cli;

/// <summary>
/// What <c>hive ta list</c> and <c>hive ta compute</c> do, kept out of the command file so it is unit-tested.
/// Every failure is a message on the error writer naming what was wrong and exit code 2; nothing throws.
/// </summary>
public static class TaCli
{
    public const int Ok = 0;
    public const int UsageError = 2;

    public static int List(TextWriter output, TextWriter error, string? group, bool json)
    {
        var definitions = IndicatorRegistry.All
            .Where(d => group is null || d.Group.Contains(group, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        if (definitions.Length == 0)
        {
            var groups = string.Join(", ", IndicatorRegistry.All.Select(d => d.Group).Distinct());
            error.WriteLine($"no function in group '{group}' (groups: {groups})");
            return UsageError;
        }
        if (json)
        {
            var items = definitions.Select(d => new
            {
                name = d.Name,
                group = d.Group,
                hint = d.Hint,
                inputs = d.Inputs.Select(i => new { name = i.Name, kind = i.Kind.ToString().ToLowerInvariant(), source = i.Source }),
                parameters = d.Parameters.Select(p => new { name = p.Name, kind = p.Kind.ToString(), @default = p.Default, min = p.Min, max = p.Max }),
                outputs = d.Outputs.Select(o => new { name = o.Name, type = o.IsInteger ? "integer" : "real" }),
                lookback = d.Lookback(),
            });
            output.WriteLine(JsonSerializer.Serialize(items, new JsonSerializerOptions { WriteIndented = true }));
            return Ok;
        }
        foreach (var d in definitions)
        {
            var parameters = string.Join(" ", d.Parameters.Select(p => $"{p.Name}={Format(p.Default)}"));
            output.WriteLine($"{d.Name,-20} {d.Group,-22} {d.Hint}{(parameters.Length > 0 ? "  [" + parameters + "]" : "")}");
        }
        return Ok;
    }

    public static int Compute(TextWriter output, TextWriter error, string function, string inputPath, IReadOnlyList<string> parameters, string? outputPath)
    {
        var definition = IndicatorRegistry.Find(function);
        if (definition is null)
        {
            error.WriteLine($"unknown function '{function}'; run 'hive ta list' for the {IndicatorRegistry.All.Count} functions available");
            return UsageError;
        }
        try
        {
            var values = ParseParameters(definition, parameters);
            if (!File.Exists(inputPath))
            {
                error.WriteLine($"input file '{inputPath}' does not exist");
                return UsageError;
            }
            var bars = BarCsv.ReadFile(inputPath);
            var result = definition.Compute(bars.Series, values);
            if (outputPath is null)
            {
                IndicatorCsv.Write(output, bars.Dates, result);
            }
            else
            {
                using var writer = new StreamWriter(outputPath);
                IndicatorCsv.Write(writer, bars.Dates, result);
            }
            return Ok;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine(e is ArgumentException ? $"{definition.Name}: {FirstLine(e.Message)}" : e.Message);
            return UsageError;
        }
    }

    /// <summary>
    /// Parses <c>name=value</c> pairs. Moving-average types may be given by name (<c>optInMAType=EMA</c>).
    /// Unknown names and out-of-range values are rejected by the definition with the parameter named.
    /// </summary>
    public static IReadOnlyDictionary<string, double> ParseParameters(IndicatorDefinition definition, IReadOnlyList<string> pairs)
    {
        var values = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0 || eq == pair.Length - 1)
                throw new ArgumentException($"parameter '{pair}' is not of the form name=value (e.g. optInTimePeriod=20)");
            var name = pair[..eq].Trim();
            var text = pair[(eq + 1)..].Trim();
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) values[name] = value;
            else if (Enum.TryParse<MaType>(text, true, out var maType) && Enum.IsDefined(maType)) values[name] = (int)maType;
            else throw new ArgumentException($"parameter {name} has value '{text}', which is not a number");
        }
        definition.Resolve(values);
        return values;
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string FirstLine(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
