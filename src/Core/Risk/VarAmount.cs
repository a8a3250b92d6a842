namespace Hive.Core.Risk;

/// <summary>Value at risk and CVaR at one confidence as amounts of money lost in a day (positive: a loss), to the cent.</summary>
public sealed record VarAmount(double Confidence, decimal Var, decimal Cvar);
