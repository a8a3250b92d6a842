namespace Hive.Indicators;

/// <summary>Which field of a bar a single-input indicator reads when it is fed whole bars.</summary>
public enum PriceField
{
    Open,
    High,
    Low,
    Close,
    Volume,
}
