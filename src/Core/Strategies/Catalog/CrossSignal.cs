namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// Detects a line crossing another from the sign of their difference, bar after bar: up when the difference was at or
/// below zero and is now above, down when it was at or above zero and is now below. Touching zero is not a cross;
/// the first value only primes it.
/// </summary>
public sealed class CrossSignal
{
    private int? _previous;

    /// <summary>+1 for a cross up, -1 for a cross down, 0 otherwise.</summary>
    public int Update(int sign)
    {
        var before = _previous;
        _previous = sign;
        if (before is not { } was) return 0;
        if (was <= 0 && sign > 0) return 1;
        if (was >= 0 && sign < 0) return -1;
        return 0;
    }

    public int Update(decimal difference) => Update(Math.Sign(difference));

    /// <summary>Doubles from the indicators. A NaN (a line not ready, or undefined on this bar) is no signal and forgets
    /// the previous side, so the next real value only primes again: a strategy never trades on a gap, nor throws.</summary>
    public int Update(double difference)
    {
        if (!double.IsNaN(difference)) return Update(Math.Sign(difference));
        _previous = null;
        return 0;
    }
}
