namespace Hive.Data.Import;

/// <summary>The bar fields an input column can feed.</summary>
public enum BarField
{
    Time,
    Open,
    High,
    Low,
    Close,
    Volume,
}
