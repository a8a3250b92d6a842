namespace Hive.Core.Risk;

/// <summary>VaR and CVaR of one bar's return over the window that ends at <see cref="Time"/>, as fractions of equity.</summary>
public sealed record RollingVarPoint(DateTime Time, double Var, double Cvar);
