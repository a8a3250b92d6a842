using Hive.Core.Risk;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Hive.Core.Tests.Risk;

public sealed class PortfolioSimulationTests
{
    /// <summary>Normal daily returns (mean 0.0005, sd 0.01) from a fixed seed, one date apart.</summary>
    private static double[] NormalReturns(int count, int seed)
    {
        var returns = new double[count];
        Normal.Samples(new Xoshiro256StarStar(seed, threadSafe: false), returns, 0.0005, 0.01);
        return returns;
    }

    private static JointReturns Joint(params double[][] byInstrument) =>
        new(Enumerable.Range(0, byInstrument[0].Length).Select(i => new DateOnly(2000, 1, 1).AddDays(i)).ToList(), byInstrument);

    [Fact]
    public void The_same_seed_draws_the_same_returns_and_another_seed_others()
    {
        var returns = Joint(NormalReturns(500, 1), NormalReturns(500, 2));
        var first = ValueAtRisk.MonteCarlo(returns, [0.6, 0.4], [0.95, 0.99], 5, 10_000, 42);
        var again = ValueAtRisk.MonteCarlo(returns, [0.6, 0.4], [0.95, 0.99], 5, 10_000, 42);
        var other = ValueAtRisk.MonteCarlo(returns, [0.6, 0.4], [0.95, 0.99], 5, 10_000, 43);

        Assert.Equal(first, again);
        Assert.NotEqual(first[0].Var, other[0].Var);
    }

    /// <summary>
    /// The simulation draws from the very normal the parametric method assumes, so they differ only by sampling error.
    /// The standard error of a simulated 1% quantile is sqrt(0.01 · 0.99 / N) / φ(z)·σ ≈ 0.0083σ for N = 200,000; the
    /// tolerance, 0.05σ, is six of them (CVaR, an average of the tail, is steadier still).
    /// </summary>
    [Fact]
    public void With_many_paths_one_instrument_lands_on_the_parametric_value()
    {
        var daily = NormalReturns(2_000, 7);
        var sigma = ReturnMoments.Of(daily).StandardDeviation * Math.Sqrt(10);
        var simulated = ValueAtRisk.MonteCarlo(Joint(daily), [1.0], [0.99], 10, 200_000, 1).Single();
        var parametric = ValueAtRisk.Parametric(daily, [0.99], 10).Single();

        Assert.Equal(parametric.Var, simulated.Var, 0.05 * sigma);
        Assert.Equal(parametric.Cvar, simulated.Cvar, 0.05 * sigma);
    }

    [Fact]
    public void A_perfectly_negatively_correlated_pair_held_equally_has_no_risk()
    {
        var daily = NormalReturns(250, 3);
        var mirror = daily.Select(r => -r).ToArray();
        var result = ValueAtRisk.MonteCarlo(Joint(daily, mirror), [0.5, 0.5], [0.99], 1, 10_000, 1).Single();

        Assert.Equal(0, result.Var, 1e-12);
        Assert.Equal(0, result.Cvar, 1e-12);
    }

    [Fact]
    public void The_covariance_decides_how_much_a_pair_diversifies()
    {
        // Two independent instruments of equal sigma, held equally, have sigma / sqrt(2); two identical ones keep sigma.
        var a = NormalReturns(5_000, 11);
        var b = NormalReturns(5_000, 12);
        var together = ValueAtRisk.MonteCarlo(Joint(a, a), [0.5, 0.5], [0.99], 1, 100_000, 1).Single();
        var apart = ValueAtRisk.MonteCarlo(Joint(a, b), [0.5, 0.5], [0.99], 1, 100_000, 1).Single();
        var alone = ValueAtRisk.Parametric(a, [0.99], 1).Single();

        Assert.Equal(alone.Var, together.Var, 0.05 * 0.01);
        Assert.Equal(Math.Sqrt(2), (together.Var + 0.0005) / (apart.Var + 0.0005), 0.05);
    }

    [Fact]
    public void Bad_simulation_inputs_are_refused()
    {
        var returns = Joint(NormalReturns(10, 1));
        Assert.Contains("simulations must be at least 1, got 0",
            Assert.Throws<ArgumentException>(() => ValueAtRisk.MonteCarlo(returns, [1.0], [0.95], 1, 0, 1)).Message);
        Assert.Contains("1 weight(s) for 2 instrument(s)",
            Assert.Throws<ArgumentException>(() => ValueAtRisk.MonteCarlo(Joint(NormalReturns(10, 1), NormalReturns(10, 2)), [1.0], [0.95], 1, 10, 1)).Message);
        Assert.Contains("too few returns for a standard deviation",
            Assert.Throws<ArgumentException>(() => ValueAtRisk.MonteCarlo(Joint([0.01]), [1.0], [0.95], 1, 10, 1)).Message);
    }
}
