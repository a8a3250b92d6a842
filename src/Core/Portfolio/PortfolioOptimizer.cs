using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Portfolio;

/// <summary>
/// Runs one <see cref="PortfolioRequest"/> on <see cref="PortfolioInputs"/>: expected returns and covariance from the
/// chosen models, then the chosen method, performance, risk contributions and, on request, whole lots. Options that do
/// not apply to the method are refused by name rather than ignored, so a typo never silently changes the portfolio.
/// </summary>
public static class PortfolioOptimizer
{
    public static PortfolioResult Optimize(PortfolioRequest request, PortfolioInputs inputs)
    {
        Check(request);
        var returns = inputs.Prices?.Returns();
        var (assets, covariance) = Covariance(request, inputs, returns);
        var constraints = Constraints(request, assets.Count);
        var mu = returns is null ? null : ExpectedReturnsOf(request.Returns ?? "mean", request, returns, inputs.Benchmark);
        double[] weights;
        double[]? posterior = null;
        HierarchicalRiskParityResult? clustering = null;
        var performanceReturns = mu;
        var performanceCovariance = covariance;
        switch (request.Method)
        {
            case "hrp":
                var linkage = Enum.Parse<Linkage>(request.Linkage ?? "single", ignoreCase: true);
                clustering = returns is not null && request.CovModel == "sample"
                    ? HierarchicalRiskParity.FromReturns(returns, linkage)
                    : HierarchicalRiskParity.FromCovariance(covariance, linkage);
                weights = clustering.Weights;
                if (returns is not null && request.Returns is null) performanceReturns = returns.Means().Select(m => m * request.Frequency).ToArray();
                break;
            case "min-volatility":
                weights = MeanVariance.MinVolatility(covariance, constraints);
                break;
            case "max-sharpe":
                weights = MeanVariance.MaxSharpe(Needed(mu, request.Method), covariance, request.RiskFree, constraints);
                break;
            case "efficient-risk":
                weights = MeanVariance.EfficientRisk(Needed(mu, request.Method), covariance, request.TargetVolatility!.Value, constraints);
                break;
            case "efficient-return":
                weights = MeanVariance.EfficientReturn(Needed(mu, request.Method), covariance, request.TargetReturn!.Value, constraints);
                break;
            case "risk-parity":
                weights = request.Budget is null ? RiskParity.EqualRiskContribution(covariance) : RiskParity.Weights(covariance, request.Budget);
                break;
            default:
                var model = BlackLittermanModel(request, inputs, assets, covariance, returns);
                weights = model.Weights;
                posterior = model.Posterior.Returns;
                performanceReturns = posterior;
                performanceCovariance = model.Posterior.Covariance;
                break;
        }
        if (weights.Any(w => !double.IsFinite(w))) throw new ArgumentException($"{request.Method} produced no finite weights for this data");
        var performance = performanceReturns is null ? null : PortfolioPerformance.Of(weights, performanceReturns, performanceCovariance, request.RiskFree);
        var allocation = request.Allocate ? Allocate(request, inputs, assets, weights) : null;
        return new PortfolioResult(request.Method, assets, weights, performance, PortfolioPerformance.VolatilityOf(weights, performanceCovariance),
            PortfolioPerformance.RiskContributions(weights, performanceCovariance), performanceReturns, performanceCovariance, constraints, request.RiskFree,
            posterior, clustering, allocation);
    }

    private static void Check(PortfolioRequest r)
    {
        OneOf("method", r.Method, PortfolioRequest.Methods);
        if (r.Returns is not null) OneOf("returns", r.Returns, PortfolioRequest.ReturnModels);
        OneOf("cov-model", r.CovModel, PortfolioRequest.CovarianceModels);
        if (r.Linkage is not null) OneOf("linkage", r.Linkage, PortfolioRequest.Linkages);
        if (r.Prior is not null) OneOf("prior", r.Prior, PortfolioRequest.Priors);
        OneOf("allocation", r.Allocation, PortfolioRequest.AllocationMethods);
        if (!double.IsFinite(r.RiskFree)) throw new ArgumentException("risk-free: must be a finite number");
        if (r.Frequency < 1) throw new ArgumentException($"frequency {r.Frequency}: periods per year must be at least 1");
        Only(r, "linkage", r.Linkage is not null, "hrp");
        Only(r, "target-volatility", r.TargetVolatility is not null, "efficient-risk");
        Only(r, "target-return", r.TargetReturn is not null, "efficient-return");
        Only(r, "bounds", r.Bounds is not null, "min-volatility", "max-sharpe", "efficient-risk", "efficient-return");
        Only(r, "penalty", r.Penalty != 0, "min-volatility", "efficient-risk", "efficient-return");
        Only(r, "budget", r.Budget is not null, "risk-parity");
        Only(r, "prior", r.Prior is not null, "black-litterman");
        Only(r, "views", r.Views is not null, "black-litterman");
        Only(r, "market-caps", r.MarketCaps is not null, "black-litterman");
        Only(r, "tau", r.Tau is not null, "black-litterman");
        if (r.Method == "efficient-risk" && r.TargetVolatility is null) throw new ArgumentException("efficient-risk needs target-volatility (annual, e.g. 0.15)");
        if (r.Method == "efficient-return" && r.TargetReturn is null) throw new ArgumentException("efficient-return needs target-return (annual, e.g. 0.2)");
        if (r.Method == "black-litterman" && r.Views is null) throw new ArgumentException("black-litterman needs views");
        if (r.Allocate && r.Cash is null) throw new ArgumentException("allocate needs cash (the amount to spend on whole lots)");
        if (r.Cash is not null && !r.Allocate) throw new ArgumentException("cash is only used with allocate");
    }

    private static void OneOf(string field, string value, string[] allowed)
    {
        if (!allowed.Contains(value)) throw new ArgumentException($"{field}: '{value}' is not one of {string.Join(", ", allowed)}");
    }

    private static void Only(PortfolioRequest r, string field, bool given, params string[] methods)
    {
        if (given && !methods.Contains(r.Method)) throw new ArgumentException($"{field} does not apply to {r.Method} (only to {string.Join(", ", methods)})");
    }

    private static double[] Needed(double[]? mu, string method) =>
        mu ?? throw new ArgumentException($"{method} needs expected returns, so prices (a covariance alone is not enough)");

    private static (IReadOnlyList<string> Assets, Matrix<double> Covariance) Covariance(PortfolioRequest request, PortfolioInputs inputs, ReturnTable? returns)
    {
        if (inputs.Covariance is not null)
        {
            if (returns is not null) throw new ArgumentException("give prices or a covariance, not both");
            var assets = inputs.CovarianceAssets ?? throw new ArgumentException("a covariance needs its asset names");
            var cov = inputs.Covariance;
            if (cov.RowCount != assets.Count || cov.ColumnCount != assets.Count) throw new ArgumentException($"covariance is {cov.RowCount} × {cov.ColumnCount} for {assets.Count} asset names");
            if (assets.Count < 2) throw new ArgumentException($"{assets.Count} asset(s): a portfolio needs at least two");
            for (var i = 0; i < cov.RowCount; i++)
                for (var j = 0; j < cov.ColumnCount; j++)
                    if (!double.IsFinite(cov[i, j]) || Math.Abs(cov[i, j] - cov[j, i]) > 1e-12 * (Math.Abs(cov[i, j]) + Math.Abs(cov[j, i])))
                        throw new ArgumentException($"covariance entry {assets[i]}/{assets[j]} is missing, infinite or not symmetric");
            if (request.CovModel != "sample") throw new ArgumentException("cov-model does not apply to a given covariance");
            return (assets, RiskModels.RepairPositiveSemidefinite(cov));
        }
        if (returns is null) throw new ArgumentException("give prices or a covariance");
        var f = request.Frequency;
        return (returns.Assets, request.CovModel switch
        {
            "sample" => RiskModels.Sample(returns, f),
            "semi" => RiskModels.Semicovariance(returns, frequency: f),
            "exp" => RiskModels.Exponential(returns, frequency: f),
            "ledoit-wolf" => CovarianceShrinkage.LedoitWolf(returns, ShrinkageTarget.ConstantVariance, f).Covariance,
            "oas" => CovarianceShrinkage.OracleApproximating(returns, f).Covariance,
            _ => CovarianceShrinkage.Fixed(returns, frequency: f).Covariance,
        });
    }

    private static WeightConstraints Constraints(PortfolioRequest request, int assets)
    {
        if (request.Bounds is { } bounds && bounds.Length != 2) throw new ArgumentException($"bounds: give two numbers lower,upper, not {bounds.Length}");
        var (lower, upper) = request.Bounds is { } b ? (b[0], b[1]) : (0.0, 1.0);
        return WeightConstraints.Uniform(assets, lower, upper, request.Penalty);
    }

    private static double[] ExpectedReturnsOf(string model, PortfolioRequest request, ReturnTable returns, PriceTable? benchmark) => model switch
    {
        "ema" => ExpectedReturns.Exponential(returns, frequency: request.Frequency),
        "capm" => ExpectedReturns.Capm(returns, benchmark is null ? null : Aligned(returns, benchmark), request.RiskFree, frequency: request.Frequency),
        _ => ExpectedReturns.MeanHistorical(returns, frequency: request.Frequency),
    };

    /// <summary>The benchmark's returns on the assets' return dates (missing where it has none).</summary>
    private static double[] Aligned(ReturnTable returns, PriceTable benchmark)
    {
        var byDate = new Dictionary<DateOnly, double>();
        var prices = benchmark.Columns[0];
        var last = double.NaN;
        for (var t = 0; t < benchmark.Dates.Count; t++)
        {
            if (double.IsNaN(prices[t])) continue;
            if (!double.IsNaN(last)) byDate[benchmark.Dates[t]] = prices[t] / last - 1;
            last = prices[t];
        }
        var aligned = returns.Dates.Select(d => byDate.TryGetValue(d, out var r) ? r : double.NaN).ToArray();
        if (aligned.Count(r => !double.IsNaN(r)) < 2) throw new ArgumentException("benchmark shares fewer than two return dates with the prices");
        return aligned;
    }

    private static (double[] Weights, BlackLittermanPosterior Posterior) BlackLittermanModel(PortfolioRequest request, PortfolioInputs inputs,
        IReadOnlyList<string> assets, Matrix<double> covariance, ReturnTable? returns)
    {
        var views = PortfolioViews.Parse(request.Views!.Value);
        var delta = inputs.Benchmark is null ? 1 : BlackLitterman.MarketImpliedRiskAversion(inputs.Benchmark.Columns[0], request.RiskFree, request.Frequency);
        var prior = request.Prior ?? (request.MarketCaps is null ? "none" : "market");
        var pi = prior switch
        {
            "market" => BlackLitterman.MarketImpliedPrior(Caps(request.MarketCaps, assets), delta, covariance, request.RiskFree),
            "equal" => Enumerable.Repeat(1.0 / assets.Count, assets.Count).ToArray(),
            "ema" or "mean" => ExpectedReturnsOf(prior, request, returns ?? throw new ArgumentException($"prior {prior} needs prices"), inputs.Benchmark),
            _ => new double[assets.Count],
        };
        if (prior != "market" && request.MarketCaps is not null) throw new ArgumentException($"market-caps only apply to prior market, not {prior}");
        var posterior = BlackLitterman.Posterior(assets, covariance, pi, views, request.Tau ?? 0.05);
        return (BlackLitterman.Weights(posterior.Returns, covariance, delta), posterior);
    }

    private static double[] Caps(Dictionary<string, double>? caps, IReadOnlyList<string> assets)
    {
        if (caps is null) throw new ArgumentException("prior market needs market-caps (asset: capitalisation)");
        var unknown = caps.Keys.FirstOrDefault(k => !assets.Contains(k));
        if (unknown is not null) throw new ArgumentException($"market-caps: unknown asset {unknown}");
        var missing = assets.FirstOrDefault(a => !caps.ContainsKey(a));
        if (missing is not null) throw new ArgumentException($"market-caps: no capitalisation for {missing}");
        return assets.Select(a => caps[a]).ToArray();
    }

    private static LotAllocation Allocate(PortfolioRequest request, PortfolioInputs inputs, IReadOnlyList<string> assets, double[] weights)
    {
        var prices = inputs.Prices?.LatestPrices() ?? throw new ArgumentException("allocate needs prices (the latest price of each asset)");
        var lotPrices = prices.Select(p => (decimal)p).ToArray();
        var cleaned = weights.Select(w => Math.Abs(w) < 1e-12 ? 0 : w).ToArray();
        return request.Allocation == "greedy"
            ? DiscreteAllocation.Greedy(assets, cleaned, lotPrices, request.Cash!.Value)
            : DiscreteAllocation.Exact(assets, cleaned, lotPrices, request.Cash!.Value);
    }
}
