namespace Hive.Core.Strategies;

/// <summary>Parameters of <see cref="SmaCrossStrategy"/> with the catalog defaults (fast 10, slow 30, 95% of cash).</summary>
public sealed record SmaCrossParameters(int Fast = 10, int Slow = 30, decimal? Quantity = null, decimal CashFraction = 0.95m)
{
    public void Validate()
    {
        if (Fast < 1) throw new ArgumentOutOfRangeException(nameof(Fast), Fast, "fast period must be at least 1");
        if (Slow <= Fast) throw new ArgumentOutOfRangeException(nameof(Slow), Slow, $"slow period must be longer than the fast period {Fast}");
        if (Quantity is <= 0m) throw new ArgumentOutOfRangeException(nameof(Quantity), Quantity, "quantity must be positive");
        if (CashFraction is <= 0m or > 1m) throw new ArgumentOutOfRangeException(nameof(CashFraction), CashFraction, "cash fraction must be in (0, 1]");
    }
}
