using System.Globalization;

namespace Hive.Core.Portfolio;

/// <summary>
/// What the mean-variance optimisers may choose: weights summing to 1, each within [Lower[i], Upper[i]] (long only is
/// [0, 1], long-short e.g. [−1, 1]), each group's total within its range, and an L2 penalty γ·‖w − anchor‖² added to the
/// objective. With no anchor it is PyPortfolioOpt's <c>L2_reg</c> (spreads weight over more assets); with the current
/// weights as the anchor it penalises turnover.
/// </summary>
public sealed record WeightConstraints
{
    public WeightConstraints(double[] lower, double[] upper, IReadOnlyList<AssetGroup>? groups = null, double penalty = 0, double[]? anchor = null)
    {
        if (lower.Length != upper.Length) throw new ArgumentException($"{lower.Length} lower bounds for {upper.Length} upper bounds");
        if (lower.Length < 2) throw new ArgumentException($"{lower.Length} asset(s): a portfolio needs at least two");
        for (var i = 0; i < lower.Length; i++)
            if (double.IsNaN(lower[i]) || double.IsNaN(upper[i]) || lower[i] > upper[i])
                throw new ArgumentException($"bounds of asset {i}: lower {F(lower[i])} must not exceed upper {F(upper[i])}");
        if (lower.Sum() > 1 + 1e-12 || upper.Sum() < 1 - 1e-12)
            throw new ArgumentException($"bounds cannot sum to 1: with {lower.Length} assets the weights total between {F(lower.Sum())} and {F(upper.Sum())}");
        foreach (var group in groups ?? [])
        {
            if (group.Members.Length == 0 || group.Members.Any(m => m < 0 || m >= lower.Length))
                throw new ArgumentException($"group {group.Name} needs members among the {lower.Length} assets");
            if (!(group.Lower <= group.Upper)) throw new ArgumentException($"group {group.Name}: lower {F(group.Lower)} must not exceed upper {F(group.Upper)}");
        }
        if (!(penalty >= 0) || double.IsInfinity(penalty)) throw new ArgumentException($"penalty {F(penalty)}: must be a finite number ≥ 0");
        if (anchor is not null && anchor.Length != lower.Length) throw new ArgumentException($"{anchor.Length} anchor weights for {lower.Length} assets");
        Lower = lower;
        Upper = upper;
        Groups = groups ?? [];
        Penalty = penalty;
        Anchor = anchor ?? new double[lower.Length];
    }

    public double[] Lower { get; }

    public double[] Upper { get; }

    public IReadOnlyList<AssetGroup> Groups { get; }

    public double Penalty { get; }

    public double[] Anchor { get; }

    public int Assets => Lower.Length;

    /// <summary>The same bounds [lower, upper] for every one of <paramref name="assets"/> assets.</summary>
    public static WeightConstraints Uniform(int assets, double lower = 0, double upper = 1, double penalty = 0) =>
        new(Enumerable.Repeat(lower, assets).ToArray(), Enumerable.Repeat(upper, assets).ToArray(), penalty: penalty);

    /// <summary>The bounds and group ranges as inequalities aᵀw ≥ b (infinite bounds are left out).</summary>
    public IReadOnlyList<LinearConstraint> Inequalities()
    {
        var rows = new List<LinearConstraint>();
        for (var i = 0; i < Assets; i++)
        {
            if (double.IsFinite(Lower[i])) rows.Add(LinearConstraint.Single(i, 1, Lower[i], $"weight {i} ≥ {F(Lower[i])}"));
            if (double.IsFinite(Upper[i])) rows.Add(LinearConstraint.Single(i, -1, -Upper[i], $"weight {i} ≤ {F(Upper[i])}"));
        }
        foreach (var group in Groups)
        {
            var ones = Enumerable.Repeat(1.0, group.Members.Length).ToArray();
            if (double.IsFinite(group.Lower)) rows.Add(new LinearConstraint(group.Members, ones, group.Lower, $"group {group.Name} ≥ {F(group.Lower)}"));
            if (double.IsFinite(group.Upper))
                rows.Add(new LinearConstraint(group.Members, ones.Select(o => -o).ToArray(), -group.Upper, $"group {group.Name} ≤ {F(group.Upper)}"));
        }
        return rows;
    }

    private static string F(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
