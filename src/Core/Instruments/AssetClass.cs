namespace Hive.Core.Instruments;

public enum AssetClass
{
    Stock,
    Crypto,
    Forex,
}
