namespace Hive.Core.Risk;

/// <summary>Whether an account (or one strategy on it) may trade.</summary>
public enum TradingState
{
    /// <summary>Orders are checked against the limits and go on.</summary>
    Active,
    /// <summary>Only orders that shrink a position are taken (code <c>reduce-only</c> for the rest).</summary>
    Reducing,
    /// <summary>Nothing new is taken (code <c>trading-halted</c>) and the working orders are cancelled.</summary>
    Halted,
}
