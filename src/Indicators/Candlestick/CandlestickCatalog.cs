namespace Hive.Indicators.Candlestick;

/// <summary>The TA-Lib candlestick patterns, in TA-Lib's alphabetical order, ready for the indicator registry.</summary>
public static class CandlestickCatalog
{
    private static readonly Lazy<IReadOnlyList<CandlestickFunction>> Defaults = new(() => Build(CandleSettings.TaLibDefault));

    /// <summary>Every pattern with TA-Lib's default candle settings.</summary>
    public static IReadOnlyList<CandlestickFunction> Functions => Defaults.Value;

    /// <summary>Every pattern with the given candle settings (thresholds and averaging periods).</summary>
    public static IReadOnlyList<CandlestickFunction> WithSettings(CandleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Build(settings);
    }

    /// <summary>The pattern named <paramref name="name"/> (case-insensitive, e.g. <c>CDLDOJI</c>), or null.</summary>
    public static CandlestickFunction? Find(string name) =>
        Functions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<CandlestickFunction> Build(CandleSettings settings) =>
        CandlePatterns.All
            .Select(p => new CandlestickFunction(
                p.Name,
                p.Hint,
                p.DefaultPenetration,
                _ => p.Lookback(settings),
                (o, h, l, c, output, penetration) => CandlestickRunner.Run(p, settings, o, h, l, c, output, penetration),
                penetration => new CandlestickStream(p, settings, penetration)))
            .ToArray();
}
