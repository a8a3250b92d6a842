using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Portfolio;

/// <summary>The posterior expected returns and covariance of a Black-Litterman model, and the view uncertainty Ω it used.</summary>
public sealed record BlackLittermanPosterior(double[] Returns, Matrix<double> Covariance, Matrix<double> Omega);
