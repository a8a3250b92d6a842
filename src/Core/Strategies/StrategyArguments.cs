using System.Globalization;
using Hive.Core.Ids;

namespace Hive.Core.Strategies;

/// <summary>
/// A strategy's string parameters, read with typed getters that fall back to the descriptor's defaults and throw
/// an <see cref="ArgumentException"/> naming the parameter and the bad value. Unknown names are refused up front,
/// so a typo (<c>fsat=5</c>) is an error rather than a silently ignored setting.
/// </summary>
public sealed class StrategyArguments
{
    private readonly string _owner;
    private readonly IReadOnlyList<StrategyParameter> _parameters;
    private readonly IReadOnlyDictionary<string, string> _values;

    public StrategyArguments(StrategyDescriptor descriptor, IReadOnlyDictionary<string, string> values)
        : this(descriptor.Name, descriptor.Parameters, values)
    {
    }

    /// <param name="owner">What the parameters belong to (a strategy, an execution algorithm), for the error messages.</param>
    /// <param name="parameters">The parameters it declares.</param>
    /// <param name="values">The values given, by name.</param>
    public StrategyArguments(string owner, IReadOnlyList<StrategyParameter> parameters, IReadOnlyDictionary<string, string> values)
    {
        _owner = owner;
        _parameters = parameters;
        _values = values;
        var known = parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in values.Keys)
            if (!known.Contains(name))
                throw new ArgumentException($"{owner} has no parameter '{name}'; its parameters are {string.Join(", ", known)}");
    }

    public string Text(string name)
    {
        if (_values.TryGetValue(name, out var text)) return text;
        var parameter = _parameters.FirstOrDefault(p => p.Name == name)
            ?? throw new InvalidOperationException($"{_owner} reads parameter '{name}' but does not declare it");
        return parameter.Default ?? throw new ArgumentException($"parameter {name} is required ({parameter.Description})");
    }

    public bool Has(string name) => _values.ContainsKey(name) || _parameters.Any(p => p.Name == name && p.Default is { Length: > 0 });

    public InstrumentId Instrument(string name = "instrument") =>
        InstrumentId.TryParse(Text(name), out var id, out var error) ? id : throw new ArgumentException($"parameter {name}: {error}");

    /// <summary>A comma-separated list of instruments (<c>SIM:AAPL,SIM:MSFT</c>).</summary>
    public IReadOnlyList<InstrumentId> Instruments(string name = "instruments")
    {
        var list = new List<InstrumentId>();
        foreach (var part in Text(name).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            list.Add(InstrumentId.TryParse(part, out var id, out var error) ? id : throw new ArgumentException($"parameter {name}: {error}"));
        return list.Count > 0 ? list : throw new ArgumentException($"parameter {name} needs at least one instrument");
    }

    public int Int(string name) =>
        int.TryParse(Text(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"parameter {name} must be a whole number, got '{Text(name)}'");

    public decimal Decimal(string name) =>
        decimal.TryParse(Text(name), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"parameter {name} must be a number, got '{Text(name)}'");

    /// <summary>An optional number: null when neither given nor defaulted (default written as empty text).</summary>
    public decimal? OptionalDecimal(string name) => Text(name).Length == 0 ? null : Decimal(name);

    public bool Bool(string name) =>
        bool.TryParse(Text(name), out var value) ? value : throw new ArgumentException($"parameter {name} must be true or false, got '{Text(name)}'");

    /// <summary>A whole number that must be at least <paramref name="minimum"/>.</summary>
    public int Period(string name, int minimum = 1)
    {
        var value = Int(name);
        return value >= minimum ? value : throw new ArgumentException($"parameter {name} must be at least {minimum}, got {value}");
    }

    /// <summary>A number in (0, max].</summary>
    public decimal Fraction(string name, decimal max = 1m)
    {
        var value = Decimal(name);
        return value > 0m && value <= max ? value : throw new ArgumentException($"parameter {name} must be in (0, {max}], got {value}");
    }
}
