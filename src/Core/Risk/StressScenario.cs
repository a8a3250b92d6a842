using System.Collections.Immutable;
using System.Globalization;
using Hive.Core.Instruments;

namespace Hive.Core.Risk;

/// <summary>
/// A stress scenario: either a historical window whose daily closes are replayed on today's positions
/// (<see cref="From"/>..<see cref="To"/>, both UTC dates, inclusive), or a hypothetical shock that moves every position of an
/// asset class by a fraction at once (<see cref="Shocks"/>; a class without one does not move).
/// </summary>
public sealed record StressScenario(string Name, DateOnly? From, DateOnly? To, ImmutableDictionary<AssetClass, decimal> Shocks)
{
    public bool IsHistorical => From is not null;

    public string Kind => IsHistorical ? "historical" : "hypothetical";

    public static StressScenario Window(string name, DateOnly from, DateOnly to) =>
        to > from ? new(name, from, to, ImmutableDictionary<AssetClass, decimal>.Empty) : throw new ArgumentException($"window {name}: {to:yyyy-MM-dd} is not after {from:yyyy-MM-dd}");

    public static StressScenario Shock(string name, IReadOnlyDictionary<AssetClass, decimal> shocks)
    {
        foreach (var (assetClass, move) in shocks)
            if (move <= -1m) throw new ArgumentException($"shock {name}: {ClassName(assetClass)} {move} would take prices to zero or below (a shock is a fraction above -1)");
        return new(name, null, null, shocks.ToImmutableDictionary());
    }

    /// <summary>The bank-failure month of 2008 (Lehman's bankruptcy to the October lows' first leg) and the 2020 crash (the
    /// S&amp;P 500's peak of 19 February to its trough of 23 March).</summary>
    public static IReadOnlyList<StressScenario> HistoricalDefaults { get; } =
    [
        Window("lehman-2008", new DateOnly(2008, 9, 15), new DateOnly(2008, 10, 15)),
        Window("covid-2020", new DateOnly(2020, 2, 19), new DateOnly(2020, 3, 23)),
    ];

    /// <summary>Per asset class, the size of a bad day for it, roughly: stocks 20%, crypto 40%, currencies 10%; the shocks move
    /// prices down and up by it, since a short loses when prices rise.</summary>
    public static IReadOnlyDictionary<AssetClass, decimal> DefaultShockSizes { get; } =
        new Dictionary<AssetClass, decimal> { [AssetClass.Stock] = 0.20m, [AssetClass.Crypto] = 0.40m, [AssetClass.Forex] = 0.10m };

    /// <summary>The historical defaults and, for the given shock sizes (the defaults when null), a fall and a rise of each.</summary>
    public static IReadOnlyList<StressScenario> Defaults(IReadOnlyDictionary<AssetClass, decimal>? shockSizes = null)
    {
        var sizes = shockSizes ?? DefaultShockSizes;
        return [.. HistoricalDefaults, Shock("shock-down", sizes.ToDictionary(kv => kv.Key, kv => -kv.Value)), Shock("shock-up", sizes)];
    }

    /// <summary>The scenarios asked for: the given windows (FROM..TO each) instead of the historical defaults, and the shocks of
    /// the given sizes (the default sizes when null).</summary>
    public static IReadOnlyList<StressScenario> Choose(IReadOnlyList<string>? windows, string? shockSizes)
    {
        var defaults = Defaults(shockSizes is null ? null : ParseShockSizes(shockSizes));
        return windows is { Count: > 0 } ? [.. windows.Select(ParseWindow), .. defaults.Where(s => !s.IsHistorical)] : defaults;
    }

    /// <summary>A window written FROM..TO (yyyy-MM-dd..yyyy-MM-dd), named after itself.</summary>
    public static StressScenario ParseWindow(string text)
    {
        var parts = text.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
            throw new ArgumentException($"window '{text}' is not FROM..TO in yyyy-MM-dd (e.g. 2008-09-15..2008-10-15)");
        return Window(text, from, to);
    }

    /// <summary>Shock sizes written class:fraction,... (e.g. stock:0.3,crypto:0.5), each a positive fraction below 1.</summary>
    public static IReadOnlyDictionary<AssetClass, decimal> ParseShockSizes(string text)
    {
        var sizes = new Dictionary<AssetClass, decimal>();
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = item.Split(':', StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !Enum.TryParse<AssetClass>(pair[0], ignoreCase: true, out var assetClass) || !Enum.IsDefined(assetClass))
                throw new ArgumentException($"shock '{item}' is not class:fraction with class stock, crypto or forex (e.g. stock:0.3)");
            if (!decimal.TryParse(pair[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var size) || size <= 0m || size >= 1m)
                throw new ArgumentException($"shock '{item}': the size must be a fraction between 0 and 1 (0.3 = 30%), exclusive");
            if (!sizes.TryAdd(assetClass, size)) throw new ArgumentException($"shock '{item}': {ClassName(assetClass)} is given twice");
        }
        return sizes.Count > 0 ? sizes : throw new ArgumentException("shock: no class:fraction given (e.g. stock:0.3)");
    }

    public static string ClassName(AssetClass assetClass) => assetClass.ToString().ToLowerInvariant();
}
