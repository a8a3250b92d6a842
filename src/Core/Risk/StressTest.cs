namespace Hive.Core.Risk;

/// <summary>
/// Stress tests of positions, pure and in decimal (they are amounts of money). A historical scenario replays a window: each
/// position's value follows its price path (<see cref="PricePath"/>, the close of each date over the close of the window's
/// first date), a date one path lacks keeping its last value, and the positions of a currency are summed on the union of
/// their dates. A hypothetical scenario moves each position by its asset class's shock at once. Cash stays what it is; each
/// currency's outcome carries it, so that its equity and the worst P&amp;L's share of it can be read. See docs/risk.md.
/// </summary>
public static class StressTest
{
    /// <param name="pathOf">The price path of a position's instrument over the window, null when no history covers it.</param>
    /// <param name="cash">Cash per currency beside the positions (a currency with cash and no position gets an outcome of its own).</param>
    public static StressResult Run(StressScenario scenario, IReadOnlyList<MarkedPosition> positions, Func<MarkedPosition, PricePath?> pathOf,
        IReadOnlyDictionary<string, decimal>? cash = null)
    {
        var result = scenario.IsHistorical ? Historical(scenario, positions, pathOf) : Shock(scenario, positions);
        return cash is null or { Count: 0 } ? result : result with { ByCurrency = WithCash(result.ByCurrency, cash) };
    }

    private static StressResult Historical(StressScenario scenario, IReadOnlyList<MarkedPosition> positions, Func<MarkedPosition, PricePath?> pathOf)
    {
        var paths = positions.Select(pathOf).ToList();
        var instruments = positions.Select((p, i) => paths[i] is { } path
            ? Outcome(p, path.Relative[^1] - 1m, path.Source)
            : Outcome(p, 0m, "none")).ToList();
        var byCurrency = positions.Select((p, i) => (Position: p, Path: paths[i])).GroupBy(x => x.Position.Currency, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Replay(g.Key, g.Select(x => x.Position).ToList(), g.Select(x => x.Path).ToList())).ToList();
        return new StressResult(scenario.Name, scenario.Kind, scenario.From, scenario.To, byCurrency, instruments);
    }

    private static StressResult Shock(StressScenario scenario, IReadOnlyList<MarkedPosition> positions)
    {
        var instruments = positions.Select(p => scenario.Shocks.TryGetValue(p.AssetClass, out var move)
            ? Outcome(p, move, $"shock {StressScenario.ClassName(p.AssetClass)}")
            : Outcome(p, 0m, "none")).ToList();
        var byCurrency = instruments.GroupBy(o => o.Currency, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var pnl = g.Sum(o => o.Pnl);
            return new StressCurrencyOutcome(g.Key, g.Sum(o => o.Quantity * o.Mark), pnl, Math.Min(0m, pnl), null, Math.Max(0m, -pnl));
        }).ToList();
        return new StressResult(scenario.Name, scenario.Kind, null, null, byCurrency, instruments);
    }

    private static IReadOnlyList<StressCurrencyOutcome> WithCash(IReadOnlyList<StressCurrencyOutcome> byCurrency, IReadOnlyDictionary<string, decimal> cash)
    {
        var outcomes = byCurrency.ToDictionary(o => o.Currency, StringComparer.Ordinal);
        foreach (var (currency, amount) in cash)
            if (amount != 0m || outcomes.ContainsKey(currency))
                outcomes[currency] = (outcomes.TryGetValue(currency, out var o) ? o : new StressCurrencyOutcome(currency, 0m, 0m, 0m, null, 0m)) with { Cash = amount };
        return outcomes.Values.OrderBy(o => o.Currency, StringComparer.Ordinal).ToList();
    }

    private static StressInstrumentOutcome Outcome(MarkedPosition p, decimal move, string source) =>
        new(p.Instrument, StressScenario.ClassName(p.AssetClass), p.Currency, p.Quantity, p.Mark, move, p.Value * move, source);

    /// <summary>The positions' value date by date through the window, from today's value at its start.</summary>
    private static StressCurrencyOutcome Replay(string currency, IReadOnlyList<MarkedPosition> positions, IReadOnlyList<PricePath?> paths)
    {
        var start = positions.Sum(p => p.Value);
        var dates = paths.OfType<PricePath>().SelectMany(p => p.Dates).Distinct().Order().ToList();
        var relative = positions.Select(_ => 1m).ToArray();
        var next = new int[positions.Count];
        decimal value = start, peak = start, worstPnl = 0m, drawdown = 0m;
        DateOnly? worstDate = null;
        foreach (var date in dates)
        {
            value = 0m;
            for (var i = 0; i < positions.Count; i++)
            {
                if (paths[i] is { } path && next[i] < path.Dates.Count && path.Dates[next[i]] == date) relative[i] = path.Relative[next[i]++];
                value += positions[i].Value * relative[i];
            }
            if (value - start < worstPnl) (worstPnl, worstDate) = (value - start, date);
            peak = Math.Max(peak, value);
            drawdown = Math.Max(drawdown, peak - value);
        }
        return new StressCurrencyOutcome(currency, start, value - start, worstPnl, worstDate, drawdown);
    }
}
