namespace Hive.Core.Portfolio;

/// <summary>
/// Turns long-only weights into whole lots bought with <c>cash</c> at each asset's lot price (money stays
/// <c>decimal</c>). The target of asset i is tᵢ = wᵢ·cash; an allocation x costs Σxᵢpᵢ ≤ cash and is judged, as
/// PyPortfolioOpt's <c>lp_portfolio</c> judges it, by Σ|tᵢ − xᵢpᵢ| + leftover cash.
/// <list type="bullet">
/// <item><see cref="Greedy"/>: PyPortfolioOpt's <c>greedy_portfolio</c> — buy ⌊tᵢ/pᵢ⌋ lots of each asset (largest weight
/// first), then one lot at a time of the affordable asset whose weight falls furthest short of its target.</item>
/// <item><see cref="Exact"/>: the integer optimum of that objective, by depth-first branch and bound (assets by
/// descending lot price; the greedy answer is the first incumbent; a branch is cut when its cost so far plus a lower
/// bound on the rest, max(|budget − Σ remaining targets|, Σ remaining rounding gaps), cannot beat the incumbent).
/// It stops with an error after 2,000,000 nodes rather than run unbounded.</item>
/// </list>
/// </summary>
public static class DiscreteAllocation
{
    private const int NodeLimit = 2_000_000;

    public static LotAllocation Greedy(IReadOnlyList<string> assets, IReadOnlyList<double> weights, IReadOnlyList<decimal> lotPrices, decimal cash)
    {
        var (targets, prices) = Check(assets, weights, lotPrices, cash);
        var n = assets.Count;
        var lots = new long[n];
        var remaining = cash;
        foreach (var i in Enumerable.Range(0, n).OrderByDescending(i => weights[i]))
        {
            lots[i] = (long)decimal.Floor(targets[i] / prices[i]);
            remaining -= lots[i] * prices[i];
        }
        while (true)
        {
            var invested = Enumerable.Range(0, n).Sum(i => lots[i] * prices[i]);
            var best = -1;
            var bestDeficit = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (prices[i] > remaining) continue;
                var current = invested == 0 ? 0 : (double)(lots[i] * prices[i] / invested);
                var deficit = weights[i] - current;
                if (deficit > bestDeficit) { bestDeficit = deficit; best = i; }
            }
            if (best < 0) break;
            lots[best]++;
            remaining -= prices[best];
        }
        return Result(assets, lots, remaining);
    }

    public static LotAllocation Exact(IReadOnlyList<string> assets, IReadOnlyList<double> weights, IReadOnlyList<decimal> lotPrices, decimal cash)
    {
        var (targets, prices) = Check(assets, weights, lotPrices, cash);
        var n = assets.Count;
        var greedy = Greedy(assets, weights, lotPrices, cash);
        var incumbent = assets.Select(a => greedy.Lots.GetValueOrDefault(a)).ToArray();
        var bestCost = Cost(targets, prices, incumbent, cash);
        var order = Enumerable.Range(0, n).OrderByDescending(i => prices[i]).ToArray();
        var gapsAfter = new decimal[n + 1];
        var targetsAfter = new decimal[n + 1];
        for (var k = n - 1; k >= 0; k--)
        {
            var i = order[k];
            var rest = targets[i] - decimal.Floor(targets[i] / prices[i]) * prices[i];
            gapsAfter[k] = gapsAfter[k + 1] + Math.Min(rest, prices[i] - rest);
            targetsAfter[k] = targetsAfter[k + 1] + targets[i];
        }
        var lots = new long[n];
        var nodes = 0;
        void Search(int k, decimal budget, decimal cost)
        {
            if (++nodes > NodeLimit)
                throw new ArgumentException($"the exact allocation did not finish within {NodeLimit:N0} branches; use the greedy allocation");
            if (k == n)
            {
                if (cost + budget < bestCost) { bestCost = cost + budget; lots.CopyTo(incumbent, 0); }
                return;
            }
            if (cost + Math.Max(Math.Abs(budget - targetsAfter[k]), gapsAfter[k]) >= bestCost) return;
            var i = order[k];
            var most = Math.Min((long)decimal.Ceiling(targets[i] / prices[i]), (long)decimal.Floor(budget / prices[i]));
            for (var x = most; x >= 0; x--)
            {
                var deviation = Math.Abs(targets[i] - x * prices[i]);
                if (x * prices[i] <= targets[i] && cost + deviation + gapsAfter[k + 1] >= bestCost) break;
                lots[i] = x;
                Search(k + 1, budget - x * prices[i], cost + deviation);
            }
            lots[i] = 0;
        }
        Search(0, cash, 0);
        return Result(assets, incumbent, cash - Enumerable.Range(0, n).Sum(i => incumbent[i] * prices[i]));
    }

    /// <summary>Σ|tᵢ − xᵢpᵢ| + leftover cash: what both methods minimise.</summary>
    public static decimal Cost(IReadOnlyList<decimal> targets, IReadOnlyList<decimal> prices, IReadOnlyList<long> lots, decimal cash)
    {
        decimal deviation = 0, spent = 0;
        for (var i = 0; i < lots.Count; i++)
        {
            deviation += Math.Abs(targets[i] - lots[i] * prices[i]);
            spent += lots[i] * prices[i];
        }
        return deviation + cash - spent;
    }

    private static (decimal[] Targets, decimal[] Prices) Check(IReadOnlyList<string> assets, IReadOnlyList<double> weights, IReadOnlyList<decimal> lotPrices, decimal cash)
    {
        if (assets.Count != weights.Count || assets.Count != lotPrices.Count)
            throw new ArgumentException($"{assets.Count} assets, {weights.Count} weights and {lotPrices.Count} prices");
        if (cash <= 0) throw new ArgumentException($"cash {cash}: must be positive");
        for (var i = 0; i < assets.Count; i++)
        {
            if (!(weights[i] >= 0) || double.IsInfinity(weights[i]))
                throw new ArgumentException($"weight of {assets[i]} is {weights[i]}: whole-lot allocation needs long-only weights (≥ 0)");
            if (lotPrices[i] <= 0) throw new ArgumentException($"lot price of {assets[i]} is {lotPrices[i]}: must be positive");
        }
        var total = weights.Sum();
        if (Math.Abs(total - 1) > 1e-6) throw new ArgumentException($"weights sum to {total}, not 1");
        return (weights.Select(w => (decimal)(w / total) * cash).ToArray(), lotPrices.ToArray());
    }

    private static LotAllocation Result(IReadOnlyList<string> assets, long[] lots, decimal leftover) =>
        new(Enumerable.Range(0, assets.Count).Where(i => lots[i] > 0).ToDictionary(i => assets[i], i => lots[i]), leftover);
}
