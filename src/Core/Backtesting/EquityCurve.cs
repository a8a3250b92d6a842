using System.Collections;

namespace Hive.Core.Backtesting;

/// <summary>
/// The equity curve of a result as a read-only list that makes each <see cref="EquityPoint"/> when it is read: a
/// million-bar run keeps three arrays instead of a million objects, and sweeps, which only want the metrics, never
/// build the points at all. Drawdowns are precomputed in double (a ratio for charts and metrics; a decimal division
/// per bar would cost more than the bar itself).
/// </summary>
internal sealed class EquityCurve : IReadOnlyList<EquityPoint>
{
    private readonly IReadOnlyList<DateTime> _times;
    private readonly IReadOnlyList<decimal> _equity;
    private readonly double[] _drawdown;
    private readonly decimal[]? _benchmark;

    public EquityCurve(decimal initialCash, IReadOnlyList<DateTime> times, IReadOnlyList<decimal> equity, decimal[]? benchmark)
    {
        _times = times;
        _equity = equity;
        _benchmark = benchmark;
        _drawdown = new double[equity.Count];
        var peak = (double)initialCash;
        for (var k = 0; k < equity.Count; k++)
        {
            var value = (double)equity[k];
            if (value >= peak) peak = value;
            else if (peak > 0) _drawdown[k] = value / peak - 1.0;
        }
    }

    public int Count => _equity.Count;

    public EquityPoint this[int index] =>
        new(_times[index], _equity[index], _drawdown[index] == 0 ? 0m : (decimal)_drawdown[index], _benchmark?[index]);

    public IEnumerator<EquityPoint> GetEnumerator()
    {
        for (var k = 0; k < Count; k++) yield return this[k];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
