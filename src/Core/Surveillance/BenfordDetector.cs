using System.Collections.Immutable;

namespace Hive.Core.Surveillance;

/// <summary>
/// Benford's first-digit test of trade sizes, per venue and per account and UTC day of execution: sizes that people or
/// programs choose freely spread their first digits roughly as log10(1 + 1/d); sizes that do not (every clip 500, sizes
/// invented to reach a figure) fail the chi-square test. It is a screen, not proof: a strategy that always trades one lot
/// size fails it honestly, which is why the alert carries the digit counts for a reviewer to judge.
/// </summary>
public sealed class BenfordDetector(BenfordParameters parameters) : ISurveillanceDetector
{
    public const string Name = "benford";

    public IEnumerable<SurveillanceAlert> Detect(SurveillanceInput input)
    {
        var scopes = input.Trades.Select(t => (Scope: SurveillanceScope.Venue(t.Instrument.Venue), Trade: t))
            .Concat(input.Trades.Select(t => (Scope: SurveillanceScope.Account(t.Account), Trade: t)))
            .GroupBy(x => (x.Scope, Day: x.Trade.ExecutedAt.Date))
            .OrderBy(g => g.Key.Scope).ThenBy(g => g.Key.Day);
        foreach (var group in scopes)
        {
            var trades = group.Select(x => x.Trade).OrderBy(t => t.ExecutedAt).ThenBy(t => t.TradeId.Value, StringComparer.Ordinal).ToList();
            if (trades.Count < parameters.MinSample) continue;
            var counts = BenfordLaw.Counts(trades.Select(t => t.Quantity));
            var (chiSquare, pValue) = BenfordLaw.Test(counts);
            if (pValue >= parameters.MaxPValue) continue;
            var figures = new Dictionary<string, decimal> { ["sample"] = trades.Count, ["p-value"] = (decimal)Math.Round(pValue, 10) };
            for (var d = 1; d <= 9; d++)
            {
                figures[$"observed-{d}"] = counts[d - 1];
                figures[$"expected-{d}"] = Math.Round((decimal)(counts.Sum() * BenfordLaw.Expected[d - 1]), 2);
            }
            yield return new SurveillanceAlert($"{Name}:{group.Key.Scope}:{group.Key.Day:yyyyMMdd}", Name,
                trades.Select(t => t.Account.Value).Distinct().Order(StringComparer.Ordinal).ToList(),
                trades.Select(t => t.Instrument).Distinct().Count() == 1 ? trades[0].Instrument.ToString() : null,
                group.Key.Scope.ToString(), trades[0].ExecutedAt, trades[^1].ExecutedAt, "chi-square", Math.Round((decimal)chiSquare, 4),
                $"{group.Key.Scope}: first digits of {trades.Count} trade sizes on {group.Key.Day:yyyy-MM-dd} depart from Benford's law " +
                $"(chi-square {chiSquare:0.##}, p {pValue:0.####})",
                trades.Take(parameters.EvidenceLimit).Select(AlertEvidence.Of).ToList(), ImmutableSortedDictionary.CreateRange(figures));
        }
    }
}
