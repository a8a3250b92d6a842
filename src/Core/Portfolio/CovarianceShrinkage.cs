using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Portfolio;

/// <summary>
/// Shrinkage estimators of the covariance, as PyPortfolioOpt's <c>CovarianceShrinkage</c> computes them: the estimators
/// that come from scikit-learn (Ledoit-Wolf constant variance, OAS) and the two Ledoit-Wolf targets PyPortfolioOpt writes
/// itself run on the returns with missing cells set to 0 and use the biased (divisor T) covariance of those; the fixed
/// shrinkage and the constant-correlation target start from the pairwise sample covariance. All are annualised by
/// <c>frequency</c> and repaired to positive semidefinite at the end.
/// </summary>
public static class CovarianceShrinkage
{
    /// <summary>δ·(mean variance)·I + (1 − δ)·S with the pairwise sample covariance S and a given δ in [0, 1].</summary>
    public static ShrunkCovariance Fixed(ReturnTable returns, double shrinkage = 0.2, int frequency = ExpectedReturns.TradingDays)
    {
        if (!(shrinkage >= 0 && shrinkage <= 1)) throw new ArgumentException($"shrinkage {shrinkage}: must be in [0, 1]");
        var sample = returns.Covariance();
        var target = Matrix<double>.Build.DenseIdentity(sample.RowCount) * (sample.Trace() / sample.RowCount);
        return Annualised(target * shrinkage + sample * (1 - shrinkage), shrinkage, frequency);
    }

    public static ShrunkCovariance LedoitWolf(ReturnTable returns, ShrinkageTarget target = ShrinkageTarget.ConstantVariance, int frequency = ExpectedReturns.TradingDays) =>
        target switch
        {
            ShrinkageTarget.ConstantVariance => ConstantVariance(returns, frequency),
            ShrinkageTarget.SingleFactor => SingleFactor(returns, frequency),
            ShrinkageTarget.ConstantCorrelation => ConstantCorrelation(returns, frequency),
            _ => throw new ArgumentException($"unknown shrinkage target {target}"),
        };

    /// <summary>Oracle Approximating Shrinkage (Chen et al. 2010) towards the scaled identity, scikit-learn's <c>oas</c>.</summary>
    public static ShrunkCovariance OracleApproximating(ReturnTable returns, int frequency = ExpectedReturns.TradingDays)
    {
        var (x, samples) = Centred(returns);
        var empirical = x.TransposeThisAndMultiply(x) / samples;
        var n = empirical.RowCount;
        var mu = empirical.Trace() / n;
        var alpha = empirical.Enumerate().Sum(v => v * v) / (n * n);
        var numerator = alpha + mu * mu;
        var denominator = (samples + 1) * (alpha - mu * mu / n);
        var shrinkage = denominator == 0 ? 1 : Math.Min(numerator / denominator, 1);
        return Annualised(ScaledIdentityBlend(empirical, mu, shrinkage), shrinkage, frequency);
    }

    private static ShrunkCovariance ConstantVariance(ReturnTable returns, int frequency)
    {
        var (x, samples) = Centred(returns);
        var n = x.ColumnCount;
        var columns = Enumerable.Range(0, n).Select(j => x.Column(j).AsArray() ?? x.Column(j).ToArray()).ToArray();
        var cross = Matrix<double>.Build.DenseOfArray(ColumnProducts.Gram(columns));
        var variances = cross.Diagonal() / samples;
        var mu = variances.Sum() / n;
        var delta = cross.Enumerate().Sum(v => v * v) / ((double)samples * samples);
        // Σ of (X²)ᵀ(X²) is Σ over dates of (Σ over assets of x²)²: no second product needed.
        var fourth = Enumerable.Range(0, samples).Sum(t => { double row = 0; foreach (var c in columns) row += c[t] * c[t]; return row * row; });
        var beta = 1.0 / (n * samples) * (fourth / samples - delta);
        var distance = (delta - 2 * mu * variances.Sum() + n * mu * mu) / n;
        beta = Math.Min(beta, distance);
        var shrinkage = beta == 0 ? 0 : beta / distance;
        var empirical = cross / samples;
        return Annualised(ScaledIdentityBlend(empirical, mu, shrinkage), shrinkage, frequency);
    }

    private static ShrunkCovariance SingleFactor(ReturnTable returns, int frequency)
    {
        var (x, t) = Centred(returns);
        var n = x.ColumnCount;
        var market = x.RowSums() / n;
        var sample = x.TransposeThisAndMultiply(x) / t;
        var betas = x.TransposeThisAndMultiply(market) / t;
        var marketVariance = market.DotProduct(market) / t;
        var target = betas.OuterProduct(betas) / marketVariance;
        for (var i = 0; i < n; i++) target[i, i] = sample[i, i];
        var gamma = Squared(sample - target);
        var y = x.PointwiseMultiply(x);
        var pi = y.TransposeThisAndMultiply(y).Enumerate().Sum() / t - sample.Enumerate().Sum(v => v * v);
        var rhoDiagonal = y.Enumerate().Sum(v => v * v) / t - sample.Diagonal().Sum(v => v * v);
        var z = Matrix<double>.Build.Dense(t, n, (r, c) => x[r, c] * market[r]);
        var v1 = y.TransposeThisAndMultiply(z) / t - Matrix<double>.Build.Dense(n, n, (i, j) => betas[i] * sample[i, j]);
        double offOne = 0, offThree = 0;
        var v3 = z.TransposeThisAndMultiply(z) / t - sample * marketVariance;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                if (i == j) continue;
                offOne += v1[i, j] * betas[j];
                offThree += v3[i, j] * betas[i] * betas[j];
            }
        var rho = rhoDiagonal + 2 * offOne / marketVariance - offThree / (marketVariance * marketVariance);
        var shrinkage = Math.Max(0, Math.Min(1, (pi - rho) / gamma / t));
        return Annualised(target * shrinkage + sample * (1 - shrinkage), shrinkage, frequency);
    }

    private static ShrunkCovariance ConstantCorrelation(ReturnTable returns, int frequency)
    {
        var (x, t) = Centred(returns);
        var n = x.ColumnCount;
        var sample = returns.Covariance();
        var sd = sample.Diagonal().Map(Math.Sqrt);
        double correlationSum = 0;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                if (i != j) correlationSum += sample[i, j] / (sd[i] * sd[j]);
        var meanCorrelation = correlationSum / (n * (n - 1));
        var target = Matrix<double>.Build.Dense(n, n, (i, j) => i == j ? sample[i, i] : meanCorrelation * sd[i] * sd[j]);
        var y = x.PointwiseMultiply(x);
        var moment = x.TransposeThisAndMultiply(x) / t;
        var piMatrix = y.TransposeThisAndMultiply(y) / t - 2 * moment.PointwiseMultiply(sample) + sample.PointwiseMultiply(sample);
        var pi = piMatrix.Enumerate().Sum();
        var third = x.PointwiseMultiply(y).TransposeThisAndMultiply(x) / t;
        double thetaSum = 0;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                if (i == j) continue;
                var theta = third[i, j] - moment[i, i] * sample[i, j] - moment[i, j] * sample[i, i] + sample[i, i] * sample[i, j];
                thetaSum += sd[j] / sd[i] * theta;
            }
        var rho = piMatrix.Diagonal().Sum() + meanCorrelation * thetaSum;
        var gamma = Squared(sample - target);
        var shrinkage = Math.Max(0, Math.Min(1, (pi - rho) / gamma / t));
        return Annualised(target * shrinkage + sample * (1 - shrinkage), shrinkage, frequency);
    }

    /// <summary>The zero-filled returns with each column's mean removed, and their number of dates.</summary>
    private static (Matrix<double> Centred, int Samples) Centred(ReturnTable returns)
    {
        var x = returns.ZeroFilled();
        var means = x.ColumnSums() / x.RowCount;
        for (var j = 0; j < x.ColumnCount; j++)
            for (var t = 0; t < x.RowCount; t++) x[t, j] -= means[j];
        return (x, x.RowCount);
    }

    private static Matrix<double> ScaledIdentityBlend(Matrix<double> empirical, double mu, double shrinkage)
    {
        var blended = empirical * (1 - shrinkage);
        for (var i = 0; i < blended.RowCount; i++) blended[i, i] += shrinkage * mu;
        return blended;
    }

    private static double Squared(Matrix<double> m) => m.Enumerate().Sum(v => v * v);

    private static ShrunkCovariance Annualised(Matrix<double> covariance, double shrinkage, int frequency) =>
        new(RiskModels.RepairPositiveSemidefinite(covariance * frequency), shrinkage);
}
