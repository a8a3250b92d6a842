namespace Hive.Core.Backtesting;

/// <summary>
/// Summary statistics of a backtest. Ratios are fractions (0.25 = 25%); annualisation uses the bars per year of the
/// data's interval (252 for daily equities, 365 × 24 for hourly crypto...) as the engine documents; the risk-free rate
/// is 0. <see cref="MaxDrawdown"/> is negative or 0; <see cref="MaxDrawdownDays"/> is the longest time under water.
/// <see cref="Alpha"/> (annualised) and <see cref="Beta"/> are against the benchmark series when one is given.
/// <see cref="Exposure"/> is the fraction of bars with a position; <see cref="Turnover"/> is traded notional ÷ average equity, per year.
/// </summary>
public sealed record BacktestMetrics(
    double TotalReturn, double Cagr, double AnnualVolatility, double Sharpe, double Sortino, double Calmar,
    double MaxDrawdown, double MaxDrawdownDays, double WinRate, double ProfitFactor, double Exposure, double Turnover,
    double? Alpha, double? Beta, int Trades, decimal FinalEquity, decimal TotalFees);
