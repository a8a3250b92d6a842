namespace Hive.Core.MarketData;

/// <summary>What a bar's <see cref="BarInterval.Count"/> counts: calendar time, or traded volume / notional for
/// information-driven bars.</summary>
public enum BarUnit
{
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Volume,
    Dollar,
}
