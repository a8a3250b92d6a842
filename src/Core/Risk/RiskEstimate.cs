namespace Hive.Core.Risk;

/// <summary>
/// Value at risk and conditional value at risk (expected shortfall) at one confidence, as positive fractions of the
/// portfolio's value: a loss of 3% is 0.03. A negative value means the quantile is a gain.
/// </summary>
public sealed record RiskEstimate(double Confidence, double Var, double Cvar);
