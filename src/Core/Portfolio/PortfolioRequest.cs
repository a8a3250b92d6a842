using System.Text.Json;

namespace Hive.Core.Portfolio;

/// <summary>
/// What to optimise and how: the options of <c>hive portfolio optimize</c> and the body of
/// <c>POST /api/portfolio/optimize</c> (the same names, camel-cased). <see cref="PortfolioOptimizer"/> checks it and says
/// which field is wrong. See docs/portfolio.md for every choice.
/// </summary>
public sealed record PortfolioRequest
{
    public static readonly string[] Methods = ["hrp", "min-volatility", "max-sharpe", "efficient-risk", "efficient-return", "risk-parity", "black-litterman"];

    public static readonly string[] ReturnModels = ["mean", "ema", "capm"];

    public static readonly string[] CovarianceModels = ["sample", "semi", "exp", "ledoit-wolf", "oas", "shrunk"];

    public static readonly string[] Linkages = ["single", "complete", "average", "ward"];

    public static readonly string[] Priors = ["market", "equal", "ema", "mean", "none"];

    public static readonly string[] AllocationMethods = ["exact", "greedy"];

    public string Method { get; init; } = "hrp";

    /// <summary>Expected returns model; null: mean (CAGR), except HRP's performance, which uses the arithmetic mean as HRPOpt does.</summary>
    public string? Returns { get; init; }

    public string CovModel { get; init; } = "sample";

    public string? Linkage { get; init; }

    public double RiskFree { get; init; } = 0.02;

    public double? TargetVolatility { get; init; }

    public double? TargetReturn { get; init; }

    /// <summary>[lower, upper] for every weight; null: [0, 1] (long only).</summary>
    public double[]? Bounds { get; init; }

    /// <summary>L2 penalty γ of the mean-variance optimisers (0: none).</summary>
    public double Penalty { get; init; }

    public double[]? Budget { get; init; }

    /// <summary>Black-Litterman prior; null: market when market caps are given, else none (zero).</summary>
    public string? Prior { get; init; }

    public JsonElement? Views { get; init; }

    public Dictionary<string, double>? MarketCaps { get; init; }

    public double? Tau { get; init; }

    public decimal? Cash { get; init; }

    public bool Allocate { get; init; }

    public string Allocation { get; init; } = "exact";

    public int Frequency { get; init; } = ExpectedReturns.TradingDays;
}
