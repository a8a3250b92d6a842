using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Portfolio;

/// <summary>An annualised shrunk covariance and the shrinkage δ in [0, 1] that made it: δ·target + (1 − δ)·sample.</summary>
public sealed record ShrunkCovariance(Matrix<double> Covariance, double Shrinkage);
