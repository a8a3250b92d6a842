using System.Text.Json.Serialization;
using Hive.Core.Portfolio;

namespace Hive.Cluster.Reports;

/// <summary>
/// The JSON of one optimisation, written by <c>hive portfolio optimize --json</c> and answered by
/// <c>POST /api/portfolio/optimize</c>: <c>{"method", "weights": {asset: w}, "performance": {"expectedReturn",
/// "volatility", "sharpe"}, "riskContributions": {asset: share of variance}, "posteriorReturns"} (Black-Litterman),
/// "allocation": {"lots", "leftover"} (with allocate)}</c>. Expected return and Sharpe are null when only a covariance
/// was given.
/// </summary>
public sealed record PortfolioDocument(
    string Method,
    IReadOnlyDictionary<string, double> Weights,
    PortfolioDocument.PerformanceDocument Performance,
    IReadOnlyDictionary<string, double> RiskContributions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, double>? PosteriorReturns,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PortfolioDocument.AllocationDocument? Allocation)
{
    public static PortfolioDocument From(PortfolioResult result)
    {
        Dictionary<string, double> ByAsset(IReadOnlyList<double> values) =>
            result.Assets.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => Clean(values[p.i]));
        return new PortfolioDocument(result.Method, ByAsset(result.Weights),
            new PerformanceDocument(result.Performance?.ExpectedReturn, result.Volatility, result.Performance?.Sharpe),
            ByAsset(result.RiskContributions),
            result.PosteriorReturns is null ? null : ByAsset(result.PosteriorReturns),
            result.Allocation is null ? null : new AllocationDocument(result.Allocation.Lots, result.Allocation.Leftover));
    }

    /// <summary>A weight the solver left at ±1e-17 reads as 0.</summary>
    private static double Clean(double value) => Math.Abs(value) < 1e-12 ? 0 : value;

    public sealed record PerformanceDocument(double? ExpectedReturn, double Volatility, double? Sharpe);

    public sealed record AllocationDocument(IReadOnlyDictionary<string, long> Lots, decimal Leftover);
}
