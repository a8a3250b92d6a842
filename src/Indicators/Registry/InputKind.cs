namespace Hive.Indicators.Registry;

/// <summary>TA-Lib's two kinds of inputs: a set of price fields, or one real series.</summary>
public enum InputKind
{
    Price,
    Real,
}
