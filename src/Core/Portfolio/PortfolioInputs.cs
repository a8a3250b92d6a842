using MathNet.Numerics.LinearAlgebra;

namespace Hive.Core.Portfolio;

/// <summary>
/// The data a <see cref="PortfolioRequest"/> runs on: prices (a wide table) or an annualised covariance with its asset
/// names (then weights come from the matrix alone), and optionally a benchmark's prices (one column) for CAPM and the
/// market-implied risk aversion.
/// </summary>
public sealed record PortfolioInputs(PriceTable? Prices, IReadOnlyList<string>? CovarianceAssets = null, Matrix<double>? Covariance = null, PriceTable? Benchmark = null);
