namespace Hive.Core.Portfolio;

/// <summary>One efficient portfolio: its annual volatility and expected return.</summary>
public sealed record FrontierPoint(double Volatility, double ExpectedReturn);
