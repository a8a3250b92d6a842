using Hive.Core.Risk;

namespace Hive.Core.Tests.Risk;

/// <summary>
/// Values computed independently, once, with python3's standard library (statistics.NormalDist for Φ⁻¹ and φ,
/// statistics.stdev for σ, Decimal for k), by this script; its output is pasted below as repr() values:
/// <code>
/// from statistics import NormalDist, mean, stdev
/// from decimal import Decimal
/// import math
/// r = [...Returns below...]
/// N = NormalDist(); n = len(r); mu = mean(r); sd = stdev(r)
/// m = lambda k: sum((x - mu) ** k for x in r) / n
/// S = m(3) / m(2) ** 1.5; K = m(4) / m(2) ** 2 - 3
/// def hist(c, h):
///     w = sorted(math.prod(1 + x for x in r[i:i + h]) - 1 for i in range(n - h + 1))
///     k = math.ceil((1 - Decimal(str(c))) * len(w))
///     return -w[k - 1], -sum(w[:k]) / k
/// def cf(z): return z + (z*z - 1)*S/6 + (z**3 - 3*z)*K/24 - (2*z**3 - 5*z)*S*S/36
/// def para(c, h, corn):
///     a = 1 - c; z = N.inv_cdf(a); q = cf(z) if corn else z
///     M, s = mu * h, sd * math.sqrt(h)
///     if not corn: return -(M + q * s), -M + s * N.pdf(z) / a
///     closed = -M + s * N.pdf(z) / a * (1 + z*S/6 + (z*z - 1)*K/24 - (2*z*z - 1)*S*S/36)
///     # cross-check of the closed form: midpoint integral of the quantiles over u in (0, a), 200,000 steps
///     tail = sum(cf(N.inv_cdf(a * (j + 0.5) / 200000)) for j in range(200000)) / 200000
///     return -(M + q * s), closed, -(M + s * tail)
/// for h in (1, 5):
///     for c in (0.95, 0.99): print(h, c, hist(c, h), para(c, h, False), para(c, h, True))
/// </code>
/// The integral agreed with the closed Cornish-Fisher CVaR to within 1.5e-8 at every point (the midpoint rule's error
/// near u = 0), which is what shows the closed form is the mean of the expansion's quantiles.
/// </summary>
public sealed class ReferenceValueTests
{
    private static readonly double[] Returns =
    [
        0.012, -0.034, 0.005, 0.021, -0.008, -0.051, 0.017, 0.003, -0.012, 0.026,
        -0.019, 0.009, 0.031, -0.027, 0.004, -0.002, 0.015, -0.041, 0.011, 0.007,
        0.022, -0.015, -0.006, 0.013, -0.029, 0.018, 0.001, -0.010, 0.024, -0.003,
        0.008, -0.022, 0.016, -0.037, 0.010, 0.006, -0.014, 0.028, -0.001, 0.002,
    ];

    [Fact]
    public void The_moments_match_python()
    {
        var m = ReturnMoments.Of(Returns);
        Assert.Equal(-0.00055, m.Mean, 1e-15);
        Assert.Equal(0.020143014313677723, m.StandardDeviation, 1e-15);
        Assert.Equal(-0.6578746276403749, m.Skewness, 1e-12);
        Assert.Equal(-0.253088655731752, m.ExcessKurtosis, 1e-12);
    }

    [Theory]
    [InlineData(1, 0.95, 0.041000000000000036, 0.04600000000000004)]
    [InlineData(1, 0.99, 0.051000000000000045, 0.051000000000000045)]
    [InlineData(5, 0.95, 0.05123923825369625, 0.059049609956128235)]
    [InlineData(5, 0.99, 0.06685998165856022, 0.06685998165856022)]
    public void Historical_matches_python(int horizon, double confidence, double var, double cvar) =>
        AssertClose(ValueAtRisk.Historical(Returns, [confidence], horizon).Single(), var, cvar);

    [Theory]
    [InlineData(1, 0.95, 0.033682310151588214, 0.042099253606628494)]
    [InlineData(1, 0.99, 0.0474096585253984, 0.05423544818944299)]
    [InlineData(5, 0.95, 0.07683609775055761, 0.09565695547879964)]
    [InlineData(5, 0.99, 0.10753138186521838, 0.12279431155413752)]
    public void Parametric_matches_python(int horizon, double confidence, double var, double cvar) =>
        AssertClose(ValueAtRisk.Parametric(Returns, [confidence], horizon).Single(), var, cvar);

    [Theory]
    [InlineData(1, 0.95, 0.037388302579817, 0.04664202986737903)]
    [InlineData(1, 0.99, 0.05268104379954197, 0.05909106516749475)]
    [InlineData(5, 0.95, 0.08512294874417668, 0.10581491200441015)]
    [InlineData(5, 0.99, 0.11931855767379478, 0.13365180118976336)]
    public void Cornish_fisher_matches_python(int horizon, double confidence, double var, double cvar) =>
        AssertClose(ValueAtRisk.CornishFisher(Returns, [confidence], horizon).Single(), var, cvar);

    private static void AssertClose(RiskEstimate estimate, double var, double cvar)
    {
        Assert.Equal(var, estimate.Var, 1e-10);
        Assert.Equal(cvar, estimate.Cvar, 1e-10);
    }
}
