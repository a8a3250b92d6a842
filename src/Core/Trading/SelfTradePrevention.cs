namespace Hive.Core.Trading;

/// <summary>What the book does when an order would trade against a resting order of the same owner.</summary>
public enum SelfTradePrevention : byte
{
    /// <summary>Cancel the resting order and keep matching the incoming one (the common exchange default).</summary>
    CancelResting,
    /// <summary>Cancel the rest of the incoming order; the resting one stays.</summary>
    CancelIncoming,
    /// <summary>Cancel both.</summary>
    CancelBoth,
    /// <summary>Let the owner trade with itself.</summary>
    Allow,
}
