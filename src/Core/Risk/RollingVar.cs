namespace Hive.Core.Risk;

/// <summary>
/// The rolling historical VaR and CVaR of a strategy's per-bar returns (equity over the previous point, the first over the
/// initial cash): at a bar, <see cref="ValueAtRisk.Historical"/> over the <c>window</c> returns ending there, one bar's
/// horizon. At most <c>maxPoints</c> points, evenly spaced and always including the last bar, so a million-bar run stays
/// cheap; none while fewer returns than the window exist. Pure.
/// </summary>
public static class RollingVar
{
    public const int DefaultWindow = 250;
    public const int DefaultMaxPoints = 500;

    public static IReadOnlyList<RollingVarPoint> Of(IReadOnlyList<DateTime> times, IReadOnlyList<decimal> equity, decimal initialCash, double confidence,
        int window = DefaultWindow, int maxPoints = DefaultMaxPoints)
    {
        if (window < 1 || maxPoints < 1) throw new ArgumentException($"window ({window}) and maxPoints ({maxPoints}) must be at least 1");
        var returns = new double[equity.Count];
        for (var i = 0; i < returns.Length; i++)
        {
            var previous = i == 0 ? initialCash : equity[i - 1];
            returns[i] = previous == 0m ? 0 : (double)(equity[i] / previous - 1m);
        }
        var ends = returns.Length - window + 1;
        if (ends < 1) return [];
        var step = (ends + maxPoints - 1) / maxPoints;
        var points = new List<RollingVarPoint>(Math.Min(ends, maxPoints) + 1);
        var slice = new double[window];
        for (var end = (ends - 1) % step; end < ends; end += step)
        {
            Array.Copy(returns, end, slice, 0, window);
            var estimate = ValueAtRisk.Historical(slice, [confidence], 1)[0];
            points.Add(new RollingVarPoint(times[end + window - 1], estimate.Var, estimate.Cvar));
        }
        return points;
    }
}
