using System.Globalization;
using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Strategies;

/// <summary>
/// Strategies by catalog name, built from string parameters (as they arrive from the CLI, the HTTP API or
/// a persisted <c>StrategyStarted</c> event). A bad name or parameter is an <see cref="ArgumentException"/>
/// naming it; <see cref="Check"/> turns that into a rejection.
/// </summary>
public static class StrategyCatalog
{
    public const string InvalidParameters = "invalid-strategy-parameters";

    public static IReadOnlyList<string> Kinds { get; } = [SmaCrossStrategy.StrategyName];

    public static CatalogStrategy Create(string kind, IReadOnlyDictionary<string, string> parameters)
    {
        switch (kind)
        {
            case SmaCrossStrategy.StrategyName:
                var instrument = Instrument(parameters);
                var defaults = new SmaCrossParameters();
                var settings = new SmaCrossParameters(
                    Int(parameters, "fast", defaults.Fast),
                    Int(parameters, "slow", defaults.Slow),
                    parameters.ContainsKey("quantity") ? Decimal(parameters, "quantity", 0m) : null,
                    Decimal(parameters, "cashFraction", defaults.CashFraction));
                try
                {
                    return new CatalogStrategy(new SmaCrossStrategy(instrument, settings), [instrument]);
                }
                catch (ArgumentOutOfRangeException e)
                {
                    throw new ArgumentException($"{kind}: {e.Message.Split(" (Parameter")[0]}", e);
                }
            default:
                throw new ArgumentException($"unknown strategy '{kind}'; the catalog has {string.Join(", ", Kinds)}");
        }
    }

    public static Rejection? Check(string kind, IReadOnlyDictionary<string, string> parameters)
    {
        try
        {
            Create(kind, parameters);
            return null;
        }
        catch (ArgumentException e)
        {
            return new Rejection(InvalidParameters, e.Message);
        }
    }

    private static InstrumentId Instrument(IReadOnlyDictionary<string, string> parameters) =>
        parameters.TryGetValue("instrument", out var text)
            ? InstrumentId.TryParse(text, out var id, out var error) ? id : throw new ArgumentException($"parameter instrument: {error}")
            : throw new ArgumentException("parameter instrument is required (e.g. instrument=SIM:SPX)");

    private static int Int(IReadOnlyDictionary<string, string> parameters, string name, int fallback) =>
        !parameters.TryGetValue(name, out var text) ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw new ArgumentException($"parameter {name} must be a whole number, got '{text}'");

    // No thousands separators: "1,5" meant with a decimal comma must be refused, not read as 15.
    private const NumberStyles PlainDecimal =
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    private static decimal Decimal(IReadOnlyDictionary<string, string> parameters, string name, decimal fallback) =>
        !parameters.TryGetValue(name, out var text) ? fallback
        : decimal.TryParse(text, PlainDecimal, CultureInfo.InvariantCulture, out var value) ? value
        : throw new ArgumentException($"parameter {name} must be a number, got '{text}'");
}
