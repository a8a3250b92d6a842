namespace Hive.Indicators;

/// <summary>TA-Lib's moving-average kinds, numbered exactly as TA-Lib's <c>TA_MAType</c> (0..8).</summary>
public enum MaType
{
    Sma = 0,
    Ema = 1,
    Wma = 2,
    Dema = 3,
    Tema = 4,
    Trima = 5,
    Kama = 6,
    Mama = 7,
    T3 = 8,
}
