using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Portfolio;

/// <summary>
/// The weights of one optimisation and what goes with them: performance (expected return and Sharpe only when expected
/// returns are known), each asset's share of the variance, the Black-Litterman posterior, the whole-lot allocation, and
/// for the report the expected returns, covariance and constraints used and the HRP clustering.
/// </summary>
public sealed record PortfolioResult(
    string Method,
    IReadOnlyList<string> Assets,
    double[] Weights,
    PortfolioPerformance? Performance,
    double Volatility,
    double[] RiskContributions,
    double[]? ExpectedReturns,
    Matrix<double> Covariance,
    WeightConstraints Constraints,
    double RiskFree,
    double[]? PosteriorReturns = null,
    HierarchicalRiskParityResult? Clustering = null,
    LotAllocation? Allocation = null);
