namespace Hive.Core.MarketData;

/// <summary>What is wrong with a bar's values. Order problems (duplicates, out-of-order, gaps) depend on the
/// neighbours and are judged by the importer.</summary>
[Flags]
public enum BarDefects
{
    None = 0,
    HighBelowLow = 1,
    OpenOutsideRange = 2,
    CloseOutsideRange = 4,
    NegativeVolume = 8,
    NotFinite = 16,
    NonPositivePrice = 32,
}
