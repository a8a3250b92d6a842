using Hive.Core.Portfolio;

namespace Hive.Core.Tests.Portfolio;

/// <summary>
/// Every reference value PyPortfolioOpt's tests print on its own data (listed in Data/README.md's source), reproduced
/// to 1e-6 relative, or to the precision PyPortfolioOpt rounds to.
/// </summary>
public sealed class PyPortfolioOptReferenceTests
{
    private static readonly ReturnTable Returns = ReferenceData.Stocks.Returns();

    [Fact]
    public void Hrp_single_linkage_weights_match_pyportfolioopt()
    {
        var result = HierarchicalRiskParity.FromReturns(Returns, Linkage.Single);
        var expected = ReferenceData.HrpWeights();
        Assert.Equal(20, expected.Count);
        for (var i = 0; i < Returns.Assets.Count; i++)
            ReferenceData.Relative(expected[Returns.Assets[i]], result.Weights[i]);
        Assert.Equal(1, result.Weights.Sum(), 12);
    }

    [Fact]
    public void Hrp_performance_matches_pyportfolioopt()
    {
        var weights = HierarchicalRiskParity.FromReturns(Returns).Weights;
        var mu = Returns.Means().Select(m => m * 252).ToArray();
        var performance = PortfolioPerformance.Of(weights, mu, Returns.Covariance() * 252, 0.02);
        ReferenceData.Relative(0.21353402380950973, performance.ExpectedReturn);
        ReferenceData.Relative(0.17844159743748936, performance.Volatility);
        ReferenceData.Relative(1.084579081272277, performance.Sharpe);
    }

    [Fact]
    public void Long_only_min_volatility_performance_matches_pyportfolioopt()
    {
        var mu = ExpectedReturns.MeanHistorical(Returns);
        var cov = RiskModels.Sample(Returns);
        var weights = MeanVariance.MinVolatility(cov, WeightConstraints.Uniform(20));
        Assert.All(weights, w => Assert.True(w >= -1e-12));
        Assert.Equal(1, weights.Sum(), 12);
        var performance = PortfolioPerformance.Of(weights, mu, cov, 0.02);
        ReferenceData.Relative(0.15056821399482578, performance.ExpectedReturn);
        ReferenceData.Relative(0.15915084514118694, performance.Volatility);
        ReferenceData.Relative(0.8204054077060996, performance.Sharpe);
    }

    [Fact]
    public void Market_implied_risk_aversion_matches_pyportfolioopt_to_five_decimals()
    {
        var delta = BlackLitterman.MarketImpliedRiskAversion(ReferenceData.SpyPrices(), riskFreeRate: 0.02);
        Assert.Equal(2.68549, Math.Round(delta, 5));
    }

    [Fact]
    public void Market_implied_prior_matches_pyportfolioopt_to_eight_decimals()
    {
        var cov = RiskModels.Sample(Returns);
        var delta = BlackLitterman.MarketImpliedRiskAversion(ReferenceData.SpyPrices(), riskFreeRate: 0.02);
        var caps = Returns.Assets.Select(a => ReferenceData.MarketCaps[a]).ToArray();
        var prior = BlackLitterman.MarketImpliedPrior(caps, delta, cov, 0.02);
        var expected = new Dictionary<string, double>
        {
            ["GOOG"] = 0.14933293, ["AAPL"] = 0.2168623, ["FB"] = 0.11219185, ["BABA"] = 0.10362374, ["AMZN"] = 0.28416295,
            ["GE"] = 0.12196098, ["AMD"] = 0.19036819, ["WMT"] = 0.08860159, ["BAC"] = 0.17724273, ["GM"] = 0.08779627,
            ["T"] = 0.0791797, ["UAA"] = 0.16460474, ["SHLD"] = 0.12854665, ["XOM"] = 0.08657863, ["RRC"] = 0.11230036,
            ["BBY"] = 0.13875465, ["MA"] = 0.15017163, ["PFE"] = 0.09066484, ["JPM"] = 0.1696369, ["SBUX"] = 0.13270213,
        };
        for (var i = 0; i < Returns.Assets.Count; i++)
            Assert.Equal(expected[Returns.Assets[i]], Math.Round(prior[i], 8));
    }

    [Fact]
    public void Black_litterman_weights_without_a_prior_match_pyportfolioopt_to_five_decimals()
    {
        var cov = RiskModels.Sample(Returns);
        var views = new PortfolioViews(
            [new("AAPL", 0.20), new("BBY", -0.30), new("BAC", 0), new("SBUX", -0.2), new("T", 0.131321)], []);
        var posterior = BlackLitterman.Posterior(Returns.Assets, cov, new double[20], views, tau: 0.05);
        var delta = BlackLitterman.MarketImpliedRiskAversion(ReferenceData.SpyPrices(), riskFreeRate: 0);
        var weights = BlackLitterman.Weights(posterior.Returns, cov, delta);
        var cleaned = weights.Select(w => Math.Abs(w) < 1e-4 ? 0 : Math.Round(w, 5)).ToArray();
        var expected = new Dictionary<string, double> { ["AAPL"] = 1.40675, ["BAC"] = 0.02651, ["T"] = 2.81117, ["BBY"] = -1.44667, ["SBUX"] = -1.79776 };
        for (var i = 0; i < Returns.Assets.Count; i++)
            Assert.Equal(expected.GetValueOrDefault(Returns.Assets[i]), cleaned[i]);
    }
}
