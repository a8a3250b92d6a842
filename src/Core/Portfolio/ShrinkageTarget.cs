namespace Hive.Core.Portfolio;

/// <summary>What a Ledoit-Wolf estimate shrinks the sample covariance towards.</summary>
public enum ShrinkageTarget
{
    /// <summary>The identity scaled by the mean variance (scikit-learn's <c>ledoit_wolf</c>).</summary>
    ConstantVariance,

    /// <summary>Sharpe's single-index model with the equal-weighted market (Ledoit and Wolf 2003).</summary>
    SingleFactor,

    /// <summary>Every correlation replaced by the mean correlation (Ledoit and Wolf 2004).</summary>
    ConstantCorrelation,
}
