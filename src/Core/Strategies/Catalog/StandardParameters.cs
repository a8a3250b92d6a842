namespace Hive.Core.Strategies.Catalog;

/// <summary>The parameters most catalog strategies share, described once so every descriptor says the same thing.</summary>
public static class StandardParameters
{
    public const string InstrumentName = "instrument";
    public const string AllowShortName = "allowShort";

    public static StrategyParameter Instrument { get; } = new(InstrumentName, null, "the instrument to trade, VENUE:SYMBOL, e.g. SIM:SPX");

    public static StrategyParameter AllowShort { get; } =
        new(AllowShortName, "false", "true: bearish signals go short (reversing in one order); false: they only close a long");

    /// <summary>instrument, then the strategy's own parameters, then the sizing ones (and allowShort when given).</summary>
    public static IReadOnlyList<StrategyParameter> With(IEnumerable<StrategyParameter> own, bool allowShort = true)
    {
        var list = new List<StrategyParameter> { Instrument };
        list.AddRange(own);
        if (allowShort) list.Add(AllowShort);
        list.AddRange(EntrySizing.Parameters);
        return list;
    }
}
