namespace Hive.Indicators.Registry;

/// <summary>How a TA-Lib optional input is typed.</summary>
public enum ParameterKind
{
    Integer,
    Real,
    MaType,
}
